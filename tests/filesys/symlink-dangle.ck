# -*- perl -*-
# A link may name something that does not exist: opening it fails until
# the target is created, then works.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-dangle) begin
(symlink-dangle) symlink later as l
(symlink-dangle) open l fails while later is missing
(symlink-dangle) open l works once later exists
(symlink-dangle) end
symlink-dangle: exit(0)
EOF
pass;
