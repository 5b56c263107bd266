# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-bound-bad) begin
fork-bound-bad: exit(-1)
EOF
pass;
