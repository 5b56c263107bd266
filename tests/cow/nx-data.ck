# -*- perl -*-
# The call must end the process before the code returns.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(nx-data) begin
(nx-data) calling code in .data
nx-data: exit(-1)
EOF
pass;
