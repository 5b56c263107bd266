# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-cwd-fork) begin
(dir-cwd-fork) mkdir w, chdir w, create mine
cwd-child: exit(7)
(dir-cwd-fork) a forked child starts in w and leaves it
(dir-cwd-fork) the parent is still in w
exec-child: exit(0)
(dir-cwd-fork) an exec'd child keeps w
(dir-cwd-fork) it created /w/made
(dir-cwd-fork) end
dir-cwd-fork: exit(0)
EOF
pass;
