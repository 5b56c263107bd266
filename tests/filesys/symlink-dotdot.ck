# -*- perl -*-
# Link targets with ".." climb from the link's directory, and a link to
# ".." is its parent.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-dotdot) begin
(symlink-dotdot) symlink ../../f as a/b/l
(symlink-dotdot) a/b/l is /f
(symlink-dotdot) symlink .. as a/b/up
(symlink-dotdot) a/b/up is a
(symlink-dotdot) end
symlink-dotdot: exit(0)
EOF
pass;
