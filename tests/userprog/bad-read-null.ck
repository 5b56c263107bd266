# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-read-null) begin
bad-read-null: exit(-1)
EOF
pass;
