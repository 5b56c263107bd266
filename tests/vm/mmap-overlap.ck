# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-overlap) begin
(mmap-overlap) map two pages at the base address
(mmap-overlap) mapping again at the same address fails
(mmap-overlap) a mapping that starts on the second page fails
(mmap-overlap) a mapping that ends on the first page fails
(mmap-overlap) a mapping that covers it fails
(mmap-overlap) a one-page mapping just below it succeeds
(mmap-overlap) a one-page mapping just above it succeeds
(mmap-overlap) all three mappings read the file
(mmap-overlap) end
mmap-overlap: exit(0)
EOF
pass;
