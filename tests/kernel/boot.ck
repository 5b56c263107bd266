# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(boot) begin
(boot) timer ticks
(boot) both page pools have free pages
(boot) end
EOF
pass;
