# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(swap-race) begin
(swap-race) seed 1: every page intact, nothing leaked
(swap-race) seed 2: every page intact, nothing leaked
(swap-race) seed 3: every page intact, nothing leaked
(swap-race) end
EOF
pass;
