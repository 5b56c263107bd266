# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-tail) begin
(mmap-tail) mmap the 5000-byte "mm-tail"
(mmap-tail) the rest of the last page is zero
(mmap-tail) the file still has 5000 bytes
(mmap-tail) verified contents of "mm-tail"
(mmap-tail) map the file again
(mmap-tail) the rest of the last page is zero again
(mmap-tail) end
mmap-tail: exit(0)
EOF
pass;
