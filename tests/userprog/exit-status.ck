# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exit-status) begin
exit-status: exit(57)
EOF
pass;
