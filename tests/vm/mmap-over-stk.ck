# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-over-stk) begin
(mmap-over-stk) mapping over the page of a local variable fails
(mmap-over-stk) mapping over the top page of the stack fails
(mmap-over-stk) the local variable keeps its value
(mmap-over-stk) end
mmap-over-stk: exit(0)
EOF
pass;
