# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(page-shuffle) begin
(page-shuffle) shuffled 1048576 numbers three times
(page-shuffle) each number appears exactly once
(page-shuffle) the numbers were moved
(page-shuffle) end
page-shuffle: exit(0)
EOF
pass;
