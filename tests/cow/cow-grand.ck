# -*- perl -*-
# Each generation waits for the next, so the order of the lines is fixed.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-grand) begin
(cow-grand) child: page 1 copied, the other pages still shared
(cow-grand) grandchild: shares 3 pages with the grandparent, 1 with the child
(cow-grand) grandchild: its two writes made two copies
grandchild: exit(83)
(cow-grand) child: unchanged, and its last write kept the frame it had
child: exit(82)
(cow-grand) grandparent: data and frames are unchanged
(cow-grand) end
cow-grand: exit(0)
EOF
pass;
