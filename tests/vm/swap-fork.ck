# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(swap-fork) begin
(swap-fork) 3 children checked and rewrote their copies
(swap-fork) the parent's copy is unchanged
(swap-fork) end
EOF
pass;
