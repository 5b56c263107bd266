# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-fork) begin
(dup2-fork) open "sample.txt"
(dup2-fork) dup2 to fd 30
dup-kid: exit(0)
(dup2-fork) the child read 10 bytes through fds 30 and 2
(dup2-fork) the parent's fds are at 0
(dup2-fork) the parent's fds are still aliased
(dup2-fork) end
dup2-fork: exit(0)
EOF
pass;
