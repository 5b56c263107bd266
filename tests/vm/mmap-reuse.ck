# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-reuse) begin
(mmap-reuse) map "mm-first"
(mmap-reuse) map "mm-second" at the same address
(mmap-reuse) the second mapping shows the second file
(mmap-reuse) map "mm-first" there once more
(mmap-reuse) the third mapping shows the first file
(mmap-reuse) end
mmap-reuse: exit(0)
EOF
pass;
