# -*- perl -*-
# The parent measures while the child waits for its word, so the order
# of the lines is fixed.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-frames) begin
(cow-frames) user frames grew by fewer than 32 pages
(cow-frames) fork shared at least 256 frames
child: exit(88)
(cow-frames) both copies of the data are right
(cow-frames) end
cow-frames: exit(0)
EOF
pass;
