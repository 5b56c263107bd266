# -*- perl -*-
# The parent waits for each child before it goes on, so the order of the
# lines is fixed.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-exit-child) begin
child: exit(86)
(cow-exit-child) round 1: parent: data right; its writes kept the frames
child: exit(86)
(cow-exit-child) round 2: parent: data right; its writes kept the frames
(cow-exit-child) every frame and swap slot the fork took is free again
(cow-exit-child) end
cow-exit-child: exit(0)
EOF
pass;
