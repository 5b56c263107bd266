# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-read-top) begin
bad-read-top: exit(-1)
EOF
pass;
