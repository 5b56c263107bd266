# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(swap-iter) begin
(swap-iter) pass 1 found the previous pass intact
(swap-iter) pass 2 found the previous pass intact
(swap-iter) pass 3 found the previous pass intact
(swap-iter) the last pass is intact
(swap-iter) end
swap-iter: exit(0)
EOF
pass;
