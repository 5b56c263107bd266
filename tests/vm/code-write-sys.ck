# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(code-write-sys) begin
(code-write-sys) reading into the code segment
code-write-sys: exit(-1)
EOF
pass;
