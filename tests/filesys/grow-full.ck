# -*- perl -*-
# Writing on a 1 MB disk until it fills ends in a short write, not a
# crash; the size is what was written; after removing the file, the same
# amount fits again, so nothing leaked.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-full) begin
(grow-full) the first file filled the disk past 600 kB
(grow-full) remove it
(grow-full) the second file filled the same room
(grow-full) remove it too
(grow-full) end
grow-full: exit(0)
EOF
pass;
