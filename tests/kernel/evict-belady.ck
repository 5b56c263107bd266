# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(evict-belady) begin
(evict-belady) fifo, 3 frames: 9 page faults
(evict-belady) fifo, 4 frames: 10 page faults
(evict-belady) end
EOF
pass;
