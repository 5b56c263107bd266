# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fs-large) begin
(fs-large) 1200000 bytes written and read back sequentially
(fs-large) 300 random reads verified
(fs-large) 100 random writes verified
(fs-large) end
EOF
pass;
