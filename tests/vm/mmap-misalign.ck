# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-misalign) begin
(mmap-misalign) mapping one byte past a page boundary fails
(mmap-misalign) mapping half a page past a page boundary fails
(mmap-misalign) mapping one byte before a page boundary fails
(mmap-misalign) the pages around the addresses have no frame
(mmap-misalign) end
mmap-misalign: exit(0)
EOF
pass;
