# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-remove) begin
(mmap-remove) mmap "mm-remove"
(mmap-remove) remove "mm-remove"
(mmap-remove) the name is gone
(mmap-remove) the mapping still reads the old contents
(mmap-remove) the mapping can still be written
(mmap-remove) verified contents of "mm-remove"
(mmap-remove) end
mmap-remove: exit(0)
EOF
pass;
