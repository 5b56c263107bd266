# -*- perl -*-
# The child works while the parent waits, so the order of the lines is
# fixed.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-swapped) begin
(cow-swapped) touched more pages than there are frames: pages were evicted
(cow-swapped) child: read every page back, rewrote 1 in 32
child: exit(84)
(cow-swapped) fork shared the resident pages copy-on-write
(cow-swapped) parent: read every page back unchanged, rewrote 1 in 32
(cow-swapped) end
cow-swapped: exit(0)
EOF
pass;
