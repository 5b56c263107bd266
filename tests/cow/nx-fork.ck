# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF2']);
(nx-fork) begin
(nx-fork) child calls far_func
child: exit(42)
(nx-fork) child exited 42
(nx-fork) end
nx-fork: exit(0)
EOF2
pass;
