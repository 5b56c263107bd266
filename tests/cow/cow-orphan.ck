# -*- perl -*-
# The grandparent lets the orphan go on only after the parent's exit, so
# the order of the lines is fixed.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-orphan) begin
parent: exit(85)
(cow-orphan) round 1: orphan: shared frames and data right; its writes kept the frames
orphan: exit(0)
parent: exit(85)
(cow-orphan) round 2: orphan: shared frames and data right; its writes kept the frames
orphan: exit(0)
(cow-orphan) every frame, swap slot and file is free again
(cow-orphan) end
cow-orphan: exit(0)
EOF
pass;
