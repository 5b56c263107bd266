# -*- perl -*-
# Two files grown turn by turn, 300 bytes at a time, keep their own bytes:
# growth of one never lands in the other.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-two) begin
(grow-two) create p and q empty
(grow-two) p and q read back right
(grow-two) end
grow-two: exit(0)
EOF
pass;
