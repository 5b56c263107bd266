# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-null) begin
read-null: exit(-1)
EOF
pass;
