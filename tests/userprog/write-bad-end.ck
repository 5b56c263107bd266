# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-bad-end) begin
write-bad-end: exit(-1)
EOF
pass;
