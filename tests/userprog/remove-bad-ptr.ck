# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(remove-bad-ptr) begin
remove-bad-ptr: exit(-1)
EOF
pass;
