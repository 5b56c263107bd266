# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-ro-buffer) begin
read-ro-buffer: exit(-1)
EOF
pass;
