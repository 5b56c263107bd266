# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-noncanon) begin
bad-noncanon: exit(-1)
EOF
pass;
