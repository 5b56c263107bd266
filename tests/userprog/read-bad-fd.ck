# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-bad-fd) begin
(read-bad-fd) read from 7 bad descriptors returned -1
(read-bad-fd) end
read-bad-fd: exit(0)
EOF
pass;
