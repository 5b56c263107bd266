# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(args-multiple) begin
(args-multiple) argc = 5
(args-multiple) argv[0] = 'args-multiple'
(args-multiple) argv[1] = 'alpha'
(args-multiple) argv[2] = 'b'
(args-multiple) argv[3] = 'gamma-3'
(args-multiple) argv[4] = 'd.e.l.t.a'
(args-multiple) end
args-multiple: exit(0)
EOF
pass;
