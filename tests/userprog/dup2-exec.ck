# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-exec) begin
(dup2-exec) create "child-out"
(dup2-exec) open "child-out"
writer: exit(0)
(dup2-exec) the child wrote its line
(dup2-exec) the parent's position did not move
(dup2-exec) verified contents of "child-out"
(dup2-exec) end
dup2-exec: exit(0)
EOF
pass;
