# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-over-code) begin
(mmap-over-code) mapping at 0x400000 fails
(mmap-over-code) mapping over test_main fails
(mmap-over-code) mapping over another function fails
(mmap-over-code) the code still runs
(mmap-over-code) end
mmap-over-code: exit(0)
EOF
pass;
