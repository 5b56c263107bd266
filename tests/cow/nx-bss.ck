# -*- perl -*-
# The call must end the process before the code returns.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(nx-bss) begin
(nx-bss) calling code in .bss
nx-bss: exit(-1)
EOF
pass;
