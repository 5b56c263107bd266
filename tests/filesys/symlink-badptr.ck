# -*- perl -*-
# The children killed by a bad link path print their exit lines; the
# parent's counts must not move.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(symlink-badptr) begin
(symlink-badptr) a bad link path ends the caller (5 of 5)
(symlink-badptr) nothing leaked
(symlink-badptr) end
EOF
pass;
