# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-bound) begin
(child-args) begin
(child-args) argc = 3
(child-args) argv[0] = 'child-args'
(child-args) argv[1] = 'across'
(child-args) argv[2] = 'pages'
exec-bound: exit(3)
EOF
pass;
