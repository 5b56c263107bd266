# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(code-write) begin
(code-write) writing into the code segment
code-write: exit(-1)
EOF
pass;
