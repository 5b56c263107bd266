# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-bound-bad) begin
read-bound-bad: exit(-1)
EOF
pass;
