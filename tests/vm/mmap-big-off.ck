# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF2']);
(mmap-big-off) begin
(mmap-big-off) mmap at offset 0x7ffff000
(mmap-big-off) page 0 byte 0
(mmap-big-off) page 1 byte 0
(mmap-big-off) end
mmap-big-off: exit(0)
EOF2
pass;
