# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-full) begin
(grow-full) the disk filled; the short write left size and position right
(grow-full) remove "first"
(grow-full) a second file took exactly as much: no sector leaked
(grow-full) end
grow-full: exit(0)
EOF
pass;
