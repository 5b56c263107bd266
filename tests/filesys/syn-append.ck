# -*- perl -*-
# Four processes grow one file at once, each writing its own 512-byte
# blocks at their offsets, so holes appear and are filled in any order;
# the file ends whole.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(syn-append) begin
(syn-append) create shared
(syn-append) shared holds all 40 blocks
(syn-append) end
EOF
pass;
