# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-twice) begin
(mmap-twice) map the file once
(mmap-twice) map it again through the same descriptor
(mmap-twice) map it a third time through another descriptor
(mmap-twice) all three mappings match the file
(mmap-twice) unmapping one leaves the others intact
(mmap-twice) end
mmap-twice: exit(0)
EOF
pass;
