# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-empty) begin
(create-empty) create "" fails
(create-empty) open "" fails too
(create-empty) end
create-empty: exit(0)
EOF
pass;
