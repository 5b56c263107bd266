# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-bad-ptr) begin
fork-bad-ptr: exit(-1)
EOF
pass;
