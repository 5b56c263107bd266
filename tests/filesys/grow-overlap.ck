# -*- perl -*-
# Writes that overlap the end of a file, starting inside it and reaching
# past it, keep the old bytes before them and grow the file to their end.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-overlap) begin
(grow-overlap) create o empty
(grow-overlap) write bytes 0-2999
(grow-overlap) write bytes 1000-5999
(grow-overlap) write bytes 5555-6554
(grow-overlap) o holds 6555 right bytes
(grow-overlap) end
grow-overlap: exit(0)
EOF
pass;
