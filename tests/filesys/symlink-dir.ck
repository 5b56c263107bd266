# -*- perl -*-
# A symbolic link to a directory works inside paths and for chdir, and
# opens as that directory.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-dir) begin
(symlink-dir) symlink d as ld
(symlink-dir) ld/f is d/f
(symlink-dir) ld opens as the directory d
(symlink-dir) chdir ld
(symlink-dir) create g there
(symlink-dir) g is in d
(symlink-dir) end
symlink-dir: exit(0)
EOF
pass;
