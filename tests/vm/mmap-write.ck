# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-write) begin
(mmap-write) mmap "mm-write" writable
(mmap-write) wrote page 1 and seven bytes of page 2 through the mapping
(mmap-write) verified contents of "mm-write"
(mmap-write) end
mmap-write: exit(0)
EOF
pass;
