# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-zero) begin
(alarm-zero) timer_sleep (0) returned, witness has not run
(alarm-zero) witness ran once we blocked
(alarm-zero) end
EOF
pass;
