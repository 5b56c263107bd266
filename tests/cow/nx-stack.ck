# -*- perl -*-
# The call must end the process before the code returns.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(nx-stack) begin
(nx-stack) calling code in the stack
nx-stack: exit(-1)
EOF
pass;
