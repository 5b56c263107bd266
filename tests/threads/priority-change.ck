# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-change) begin
(priority-change) creating climber at priority 32
(priority-change) climber runs at priority 32
(priority-change) main runs again at priority 31
(priority-change) climber is back, now at priority 30
(priority-change) main is back, now at priority 29
(priority-change) end
EOF
pass;
