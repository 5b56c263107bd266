# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(swap-full) begin
(swap-full) warmed up
(swap-full) the child that overflows memory and swap is killed
(swap-full) its frames, swap slots and heap blocks came back
(swap-full) a child that fits runs to its end
(swap-full) end
EOF
pass;
