# -*- perl -*-
# Absolute link targets resolve from the root wherever the link lies and
# whatever the working directory.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-abs) begin
(symlink-abs) symlink /a/b/f as c/l
(symlink-abs) symlink /a/b as c/lb
(symlink-abs) chdir c
(symlink-abs) l, lb/f and /c/lb/f are /a/b/f
(symlink-abs) end
symlink-abs: exit(0)
EOF
pass;
