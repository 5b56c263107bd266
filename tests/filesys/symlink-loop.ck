# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-loop) begin
(symlink-loop) a link to itself does not open
(symlink-loop) two links to each other fail in paths
(symlink-loop) create end
(symlink-loop) a chain of 8 links opens, of 9 does not
(symlink-loop) loops can be removed
(symlink-loop) end
symlink-loop: exit(0)
EOF
pass;
