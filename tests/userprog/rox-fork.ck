# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(rox-fork) begin
rox-kid: exit(0)
(rox-fork) the child's write to "rox-fork" returned 0
(rox-fork) open "rox-fork"
(rox-fork) after the child's exit, the parent's write still returns 0
(rox-fork) end
rox-fork: exit(0)
EOF
pass;
