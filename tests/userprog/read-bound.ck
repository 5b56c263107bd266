# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-bound) begin
(read-bound) open "sample.txt"
(read-bound) read the whole file across a page boundary
(read-bound) the bytes on both pages match
(read-bound) end
read-bound: exit(0)
EOF
pass;
