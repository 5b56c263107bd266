# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-yield) begin
(priority-yield) none ran yet:
(priority-yield) ran in order: high middle low
(priority-yield) end
EOF
pass;
