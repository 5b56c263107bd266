# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-bad-fd) begin
(mmap-bad-fd) mapping fd 0 fails
(mmap-bad-fd) mapping fd 1 fails
(mmap-bad-fd) end
mmap-bad-fd: exit(0)
EOF
pass;
