# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(trap-flag) begin
(trap-flag) fork for mode 0
(trap-flag) mode 0: child exit -1
(trap-flag) fork for mode 1
(trap-flag) mode 1: child exit -1
(trap-flag) fork for mode 2
(trap-flag) mode 2: child exit -1
(trap-flag) end
EOF
pass;
