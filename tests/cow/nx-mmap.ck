# -*- perl -*-
# The call must end the process before the code returns.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(nx-mmap) begin
(nx-mmap) calling code in a mapping
nx-mmap: exit(-1)
EOF
pass;
