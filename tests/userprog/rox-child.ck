# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(rox-child) begin
(rox-child) the child is running
(rox-child) open "child-rox"
(rox-child) write to it returns 0
(rox-child) tell the child to stop
rox-kid: exit(17)
(rox-child) the child exited with 17
(rox-child) now write to it returns 2
(rox-child) end
rox-child: exit(0)
EOF
pass;
