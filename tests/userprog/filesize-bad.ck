# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(filesize-bad) begin
(filesize-bad) open "sample.txt"
(filesize-bad) its size is 187
(filesize-bad) filesize of the closed fd is -1
(filesize-bad) filesize of fd -3 is -1
(filesize-bad) filesize of fd 12345 is -1
(filesize-bad) filesize of fds 0 and 1 is -1
(filesize-bad) end
filesize-bad: exit(0)
EOF
pass;
