# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lazy-code) begin
(lazy-code) no page of the far code has a frame
(lazy-code) the function on page 0 returned 42
(lazy-code) only page 0 has a frame now
(lazy-code) page 1 holds the expected code byte
(lazy-code) page 1 has a frame now; pages 2 and 3 still have none
(lazy-code) the function on page 2 returned 7
(lazy-code) page 2 has a frame now; page 3 still has none
(lazy-code) end
lazy-code: exit(0)
EOF
pass;
