# -*- perl -*-
# symlink fails when the link's name is taken or its directory is missing,
# and changes nothing then.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-exists) begin
(symlink-exists) symlink over a file fails
(symlink-exists) symlink x as l
(symlink-exists) symlink over a link fails
(symlink-exists) symlink into a missing directory fails
(symlink-exists) symlink with an empty name fails
(symlink-exists) end
symlink-exists: exit(0)
EOF
pass;
