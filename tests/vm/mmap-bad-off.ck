# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-bad-off) begin
(mmap-bad-off) mapping from offset 1 fails
(mmap-bad-off) mapping from offset 100 fails
(mmap-bad-off) mapping from offset 4095 fails
(mmap-bad-off) the address has no frame
(mmap-bad-off) end
mmap-bad-off: exit(0)
EOF
pass;
