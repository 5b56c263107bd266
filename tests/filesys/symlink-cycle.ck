# -*- perl -*-
# Links that form a loop, or name themselves, fail to open after a bounded
# number of steps, and nothing else breaks.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-cycle) begin
(symlink-cycle) a and b name each other
(symlink-cycle) open a fails
(symlink-cycle) open b/x fails
(symlink-cycle) chdir a fails
(symlink-cycle) self names itself
(symlink-cycle) open self fails
(symlink-cycle) the links can be removed
(symlink-cycle) end
symlink-cycle: exit(0)
EOF
pass;
