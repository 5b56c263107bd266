# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-huge-fd) begin
(mmap-huge-fd) mapping fd 0x7ffff fails
(mmap-huge-fd) mapping fd INT_MAX fails
(mmap-huge-fd) mapping fd -1 fails
(mmap-huge-fd) mapping fd INT_MIN fails
(mmap-huge-fd) end
mmap-huge-fd: exit(0)
EOF
pass;
