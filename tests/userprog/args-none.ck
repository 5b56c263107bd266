# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(args-none) begin
(args-none) argc = 1
(args-none) argv[0] = 'args-none'
(args-none) end
args-none: exit(0)
EOF
pass;
