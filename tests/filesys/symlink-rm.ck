# -*- perl -*-
# remove of a link removes the link, not what it names, whether a file or
# a directory.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-rm) begin
(symlink-rm) link t as l, d as ld
(symlink-rm) remove l
(symlink-rm) l is gone
(symlink-rm) remove ld
(symlink-rm) ld is gone
(symlink-rm) d is still there
(symlink-rm) end
symlink-rm: exit(0)
EOF
pass;
