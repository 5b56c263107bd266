# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fs-deny) begin
(fs-deny) denial stops writes through every file; reads go on
(fs-deny) denials by different files count separately
(fs-deny) a duplicate carries its own denial
(fs-deny) end
EOF
pass;
