# -*- perl -*-
# A file grows by 4 kB writes to 1.5 MB, through the doubly indirect
# block, and reads back right.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-big) begin
(grow-big) wrote 1.5 MB
(grow-big) read it back
(grow-big) end
grow-big: exit(0)
EOF
pass;
