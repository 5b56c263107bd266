# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-shuffle) begin
(mmap-shuffle) mmap "mm-shuffle"
(mmap-shuffle) the mapping's checksum is the file's
(mmap-shuffle) the shuffled mapping's checksum is the copy's
(mmap-shuffle) verified contents of "mm-shuffle"
(mmap-shuffle) end
mmap-shuffle: exit(0)
EOF
pass;
