# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-read) begin
(mmap-read) sample.txt spans two pages, the last one in part
(mmap-read) mmap "sample.txt"
(mmap-read) the mapping matches the file
(mmap-read) the rest of the last page is zero
(mmap-read) end
mmap-read: exit(0)
EOF
pass;
