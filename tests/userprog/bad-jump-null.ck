# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-jump-null) begin
bad-jump-null: exit(-1)
EOF
pass;
