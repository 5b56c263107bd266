# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-read-hole) begin
bad-read-hole: exit(-1)
EOF
pass;
