# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(rox-multichild) begin
(rox-multichild) three children run child-rox
(rox-multichild) open "child-rox"
rox-a: exit(17)
(rox-multichild) with 2 still running, write returns 0
rox-b: exit(17)
(rox-multichild) with 1 still running, write returns 0
rox-c: exit(17)
(rox-multichild) with none running, write returns 1
(rox-multichild) end
rox-multichild: exit(0)
EOF
pass;
