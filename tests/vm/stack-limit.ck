# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(stack-limit) begin
(stack-limit) pushing 64 KiB beyond the stack limit
stack-limit: exit(-1)
EOF
pass;
