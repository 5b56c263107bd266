# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(stack-bad) begin
(stack-bad) writing 64 KiB below the stack pointer
stack-bad: exit(-1)
EOF
pass;
