# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-close) begin
(mmap-close) mmap "sample.txt"
(mmap-close) closed the file
(mmap-close) the mapping still matches the file
(mmap-close) end
mmap-close: exit(0)
EOF
pass;
