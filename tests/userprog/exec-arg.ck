# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-arg) begin
(child-args) begin
(child-args) argc = 4
(child-args) argv[0] = 'child-args'
(child-args) argv[1] = 'first'
(child-args) argv[2] = 'second'
(child-args) argv[3] = 'x'
args-kid: exit(4)
(exec-arg) the child saw 4 arguments
(exec-arg) end
exec-arg: exit(0)
EOF
pass;
