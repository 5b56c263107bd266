# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-clean) begin
(mmap-clean) mmap "mm-clean" writable
(mmap-clean) read all 4 pages
(mmap-clean) unmapping the clean pages wrote no sector
(mmap-clean) map the file again
(mmap-clean) verified contents of "mm-clean"
(mmap-clean) end
mmap-clean: exit(0)
EOF
pass;
