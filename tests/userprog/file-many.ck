# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(file-many) begin
(file-many) created 40 files
(file-many) replaced every other one
(file-many) every name opens the right file
(file-many) end
file-many: exit(0)
EOF
pass;
