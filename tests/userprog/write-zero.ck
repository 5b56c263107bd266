# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-zero) begin
(write-zero) create "zero" of 4 bytes
(write-zero) open "zero"
(write-zero) write of 0 bytes to the file returns 0
(write-zero) the position is still 0
(write-zero) write of 0 bytes to the console returns 0
(write-zero) verified contents of "zero"
(write-zero) end
write-zero: exit(0)
EOF
pass;
