# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cond-broadcast) begin
(cond-broadcast) 6 threads waiting
(cond-broadcast) signal woke 1, 5 still waiting
(cond-broadcast) broadcast woke the rest: 6 woken, 0 waiting
(cond-broadcast) end
EOF
pass;
