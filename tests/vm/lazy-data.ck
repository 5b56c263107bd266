# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lazy-data) begin
(lazy-data) no inner page of the array has a frame
(lazy-data) page 5 holds its initial values
(lazy-data) only page 5 has a frame now
(lazy-data) all 16 pages hold their initial values
(lazy-data) end
lazy-data: exit(0)
EOF
pass;
