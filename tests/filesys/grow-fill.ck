# -*- perl -*-
# Writing on a 1 MB disk until it fills ends in a short write, not a
# crash; the size is what was written; after removing the file, the same
# amount fits again, so nothing leaked.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-fill) begin
(grow-fill) the first file filled the disk past 600 kB
(grow-fill) remove it
(grow-fill) the second file filled the same room
(grow-fill) remove it too
(grow-fill) end
grow-fill: exit(0)
EOF
pass;
