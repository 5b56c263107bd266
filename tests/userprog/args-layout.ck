# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(args-layout) begin
(args-layout) argc is 3
(args-layout) argv lies in the top page of the stack
(args-layout) argv is 8-byte aligned
(args-layout) the fake return address is 0
(args-layout) argv[argc] is a null pointer
(args-layout) every string lies above argv and below the stack top
(args-layout) the arguments are 'x' and 'yz'
(args-layout) end
args-layout: exit(0)
EOF
pass;
