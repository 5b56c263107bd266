# -*- perl -*-
# Writing far past the end of a file extends it; the gap reads as zeros,
# and writing into the gap later fills just what was written.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-sparse) begin
(grow-sparse) create s empty
(grow-sparse) write 10 bytes at 100000
(grow-sparse) size is 100010
(grow-sparse) the 10 bytes read back, then the end
(grow-sparse) write 700 bytes into the hole at 50000
(grow-sparse) size is still 100010
(grow-sparse) the 700 bytes read back
(grow-sparse) end
grow-sparse: exit(0)
EOF
pass;
