# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-write-code) begin
bad-write-code: exit(-1)
EOF
pass;
