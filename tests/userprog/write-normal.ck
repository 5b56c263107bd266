# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-normal) begin
(write-normal) create "notes"
(write-normal) open "notes"
(write-normal) write the first 10 bytes
(write-normal) the position is 10
(write-normal) write the remaining 32 bytes
(write-normal) verified contents of "notes"
(write-normal) end
write-normal: exit(0)
EOF
pass;
