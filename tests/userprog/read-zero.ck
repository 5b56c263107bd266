# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-zero) begin
(read-zero) open "sample.txt"
(read-zero) read of 0 bytes returns 0
(read-zero) the buffer is untouched
(read-zero) the position is still 0
(read-zero) the next read gets 'T'
(read-zero) end
read-zero: exit(0)
EOF
pass;
