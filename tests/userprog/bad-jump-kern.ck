# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-jump-kern) begin
bad-jump-kern: exit(-1)
EOF
pass;
