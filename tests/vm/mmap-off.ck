# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-off) begin
(mmap-off) map pages 2 and 3 of the file
(mmap-off) the mapping shows the file from offset 8192
(mmap-off) verified contents of "mm-off"
(mmap-off) end
mmap-off: exit(0)
EOF
pass;
