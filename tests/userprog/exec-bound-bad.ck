# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-bound-bad) begin
exec-bound-bad: exit(-1)
EOF
pass;
