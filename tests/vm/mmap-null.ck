# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-null) begin
(mmap-null) mapping one page at address 0 fails
(mmap-null) mapping four writable pages at address 0 fails
(mmap-null) address 0 has no frame
(mmap-null) end
mmap-null: exit(0)
EOF
pass;
