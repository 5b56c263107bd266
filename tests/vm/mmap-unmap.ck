# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-unmap) begin
(mmap-unmap) mmap "sample.txt"
(mmap-unmap) both pages read
(mmap-unmap) after munmap neither page has a frame
(mmap-unmap) reading the unmapped page
mmap-unmap: exit(-1)
EOF
pass;
