# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-ro) begin
(mmap-ro) mmap "sample.txt" read-only
(mmap-ro) its first byte reads as 'A'
(mmap-ro) writing to the read-only mapping
mmap-ro: exit(-1)
EOF
pass;
