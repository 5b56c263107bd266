# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-round) begin
(alarm-round) woke on the whole second it slept to
(alarm-round) PASS
(alarm-round) end
EOF
pass;
