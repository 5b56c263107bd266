# -*- perl -*-
# Writing far past the end of a file extends it; the gap reads as zeros,
# and writing into the gap later fills just what was written.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-hole) begin
(grow-hole) create s empty
(grow-hole) write 10 bytes at 100000
(grow-hole) size is 100010
(grow-hole) the 10 bytes read back, then the end
(grow-hole) write 700 bytes into the hole at 50000
(grow-hole) size is still 100010
(grow-hole) the 700 bytes read back
(grow-hole) end
grow-hole: exit(0)
EOF
pass;
