# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(args-single) begin
(args-single) argc = 2
(args-single) argv[0] = 'args-single'
(args-single) argv[1] = 'lonely'
(args-single) end
args-single: exit(0)
EOF
pass;
