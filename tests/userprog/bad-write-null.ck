# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(bad-write-null) begin
bad-write-null: exit(-1)
EOF
pass;
