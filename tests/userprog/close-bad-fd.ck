# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(close-bad-fd) begin
(close-bad-fd) open gives fd 2
(close-bad-fd) closed 7 bad descriptors
(close-bad-fd) fd 2 still reads
(close-bad-fd) end
close-bad-fd: exit(0)
EOF
pass;
