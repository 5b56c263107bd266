# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-closed-fd) begin
(mmap-closed-fd) mapping a closed descriptor fails
(mmap-closed-fd) mapping a descriptor never opened fails
(mmap-closed-fd) end
mmap-closed-fd: exit(0)
EOF
pass;
