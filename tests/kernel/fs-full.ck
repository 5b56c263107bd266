# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fs-full) begin
(fs-full) 100 files in the root directory at once
(fs-full) creates bigger than the free space fail and change nothing
(fs-full) disk filled; every failed create left the free map alone
(fs-full) every file intact; removing them all freed every sector
(fs-full) end
EOF
pass;
