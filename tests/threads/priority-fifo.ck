# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-fifo) begin
(priority-fifo) round  1: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round  2: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round  3: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round  4: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round  5: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round  6: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round  7: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round  8: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round  9: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round 10: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round 11: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round 12: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round 13: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round 14: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round 15: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) round 16: 0 1 2 3 4 5 6 7 8 9
(priority-fifo) end
EOF
pass;
