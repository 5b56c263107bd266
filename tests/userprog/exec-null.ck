# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-null) begin
exec-null: exit(-1)
EOF
pass;
