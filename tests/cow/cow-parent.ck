# -*- perl -*-
# The parent reports its copy before it lets the child look, so the
# order of the lines is fixed.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-parent) begin
(cow-parent) parent: page 1 moved to a new frame with the new data
(cow-parent) child: every page has its old frame and its old data
child: exit(82)
(cow-parent) parent: the other pages are unchanged
(cow-parent) end
cow-parent: exit(0)
EOF
pass;
