# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-negative) begin
(alarm-negative) timer_sleep (-100) returned, witness has not run
(alarm-negative) witness ran once we blocked
(alarm-negative) end
EOF
pass;
