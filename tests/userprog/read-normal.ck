# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-normal) begin
(read-normal) open "sample.txt"
(read-normal) the last read returned 0
(read-normal) read 187 bytes in all
(read-normal) they match the file
(read-normal) a read at the end returns 0
(read-normal) end
read-normal: exit(0)
EOF
pass;
