# -*- perl -*-
# A forked child starts in its parent's working directory; its own chdir
# does not move the parent.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-fork-cwd) begin
(dir-fork-cwd) chdir a
(dir-fork-cwd) child finds here in a
child: exit(5)
(dir-fork-cwd) the child exited with 5
(dir-fork-cwd) parent is still in a
(dir-fork-cwd) end
dir-fork-cwd: exit(0)
EOF
pass;
