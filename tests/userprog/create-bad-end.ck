# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-bad-end) begin
create-bad-end: exit(-1)
EOF
pass;
