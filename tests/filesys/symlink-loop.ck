# -*- perl -*-
# Links that form a loop, or name themselves, fail to open after a bounded
# number of steps, and nothing else breaks.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-loop) begin
(symlink-loop) a and b name each other
(symlink-loop) open a fails
(symlink-loop) open b/x fails
(symlink-loop) chdir a fails
(symlink-loop) self names itself
(symlink-loop) open self fails
(symlink-loop) the links can be removed
(symlink-loop) end
symlink-loop: exit(0)
EOF
pass;
