# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-bound-bad) begin
open-bound-bad: exit(-1)
EOF
pass;
