# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-bound) begin
(open-bound) open a name whose null byte starts a page
(open-bound) it is sample.txt
(open-bound) end
open-bound: exit(0)
EOF
pass;
