# -*- perl -*-
# inumber tells files apart and is the same for one file reached by
# different paths or opened twice.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-inumber) begin
(dir-inumber) create a, b, d/c
(dir-inumber) a opened twice has one inode number
(dir-inumber) d/../a is a
(dir-inumber) a, b and d/c differ
(dir-inumber) inumber of a bad fd fails
(dir-inumber) end
dir-inumber: exit(0)
EOF
pass;
