# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-top-addr) begin
read-top-addr: exit(-1)
EOF
pass;
