# -*- perl -*-
# Four processes grow four files at once, each checking size and position
# after every write; every file reads back right.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(grow-procs) begin
(grow-procs) 4 files of 20000 bytes read back right
(grow-procs) end
EOF
pass;
