# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(thread-order) begin
(thread-order) 5 threads took 3 turns each in creation order
(thread-order) end
EOF
pass;
