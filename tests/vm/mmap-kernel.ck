# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-kernel) begin
(mmap-kernel) mapping at KERN_BASE fails
(mmap-kernel) mapping across KERN_BASE fails
(mmap-kernel) mapping at 0xffffffff80000000 fails
(mmap-kernel) mapping a length that wraps around fails
(mmap-kernel) mapping a length that reaches past KERN_BASE fails
(mmap-kernel) end
mmap-kernel: exit(0)
EOF
pass;
