# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-file-bad) begin
write-file-bad: exit(-1)
EOF
pass;
