# -*- perl -*-
# A file in a subdirectory grows past the direct pointers into the
# indirect block, and reads back right.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-subdir) begin
(grow-subdir) a/b/f holds 70000 bytes
(grow-subdir) end
grow-subdir: exit(0)
EOF
pass;
