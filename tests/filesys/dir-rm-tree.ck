# -*- perl -*-
# Builds a tree of directories and files and removes it bottom-up with
# readdir, five times over; the tree is gone each time and a sibling tree
# is untouched.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-rm-tree) begin
(dir-rm-tree) built and removed the tree 5 times
(dir-rm-tree) keep is intact
(dir-rm-tree) end
dir-rm-tree: exit(0)
EOF
pass;
