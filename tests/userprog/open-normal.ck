# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-normal) begin
(open-normal) open "sample.txt" gives a descriptor of at least 2
(open-normal) verified contents of "sample.txt"
(open-normal) end
open-normal: exit(0)
EOF
pass;
