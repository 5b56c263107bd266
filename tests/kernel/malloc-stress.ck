# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(malloc-stress) begin
(malloc-stress) 300 rounds of 64 blocks verified
(malloc-stress) no blocks leaked
(malloc-stress) end
EOF
pass;
