# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-bound) begin
(create-bound) create "straddler" across a page boundary
(create-bound) open "straddler" by an ordinary name
(create-bound) open it by the straddling name
(create-bound) end
create-bound: exit(0)
EOF
pass;
