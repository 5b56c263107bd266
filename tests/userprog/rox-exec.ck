# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(rox-exec) begin
(rox-exec) the child has exec'd child-exec, then child-rox
(rox-exec) open "child-exec"
(rox-exec) write to it returns 2
(rox-exec) open "child-rox"
(rox-exec) write to it returns 0
(rox-exec) tell the child to stop
rox-kid: exit(17)
(rox-exec) the child exited with 17
(rox-exec) end
rox-exec: exit(0)
EOF
pass;
