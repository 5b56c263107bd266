# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(args-dbl-space) begin
(args-dbl-space) argc = 4
(args-dbl-space) argv[0] = 'args-dbl-space'
(args-dbl-space) argv[1] = 'two'
(args-dbl-space) argv[2] = 'spaced'
(args-dbl-space) argv[3] = 'words!'
(args-dbl-space) end
args-dbl-space: exit(0)
EOF
pass;
