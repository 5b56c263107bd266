# -*- perl -*-
# Expected output: the child sees its pages in the parent's frames
# until it writes one, and the parent sees nothing change.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-child) begin
(cow-child) child: all 8 pages are in the parent's frames
(cow-child) child: after writing page 3 only that page has a frame of its own
(cow-child) child: data is right
child: exit(81)
(cow-child) parent: data and frames are unchanged
(cow-child) end
cow-child: exit(0)
EOF
pass;
