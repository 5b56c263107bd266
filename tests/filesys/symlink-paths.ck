# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-paths) begin
(symlink-paths) make d/file
(symlink-paths) d/rel -> file resolves from d, not from /
(symlink-paths) abs -> /d/file
(symlink-paths) dl -> d works inside a path
(symlink-paths) chdir through dl
(symlink-paths) d/l3 -> /l2 -> l1 -> abs -> /d/file
(symlink-paths) a dangling link is made but does not open
(symlink-paths) a name in use cannot become a link
(symlink-paths) removing a link leaves its target
(symlink-paths) removing a link to a directory leaves the directory
(symlink-paths) end
symlink-paths: exit(0)
EOF
pass;
