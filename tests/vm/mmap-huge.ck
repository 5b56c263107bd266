# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(mmap-huge) begin
(mmap-huge) mmap 64 MiB and 1 GiB of sample.txt
(mmap-huge) the untouched mappings take a few heap blocks, no kernel pages
(mmap-huge) both read the file at their start and zeros far past it
(mmap-huge) a child reads the same
(mmap-huge) munmap gave back every heap block and open file
(mmap-huge) end
EOF
pass;
