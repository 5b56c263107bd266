# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-zero-len) begin
(mmap-zero-len) mapping 0 bytes fails
(mmap-zero-len) mapping 0 writable bytes fails
(mmap-zero-len) the address has no frame
(mmap-zero-len) end
mmap-zero-len: exit(0)
EOF
pass;
