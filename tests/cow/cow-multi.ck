# -*- perl -*-
# The children print nothing unless something is wrong; they end in any
# order.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(cow-multi) begin
(cow-multi) 4 children each wrote their own page and saw the rest shared
(cow-multi) parent: data and frames are unchanged
(cow-multi) end
EOF
pass;
