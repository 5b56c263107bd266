# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-read-kern) begin
bad-read-kern: exit(-1)
EOF
pass;
