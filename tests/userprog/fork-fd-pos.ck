# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-fd-pos) begin
(fork-fd-pos) open "sample.txt"
(fork-fd-pos) the parent reads 10 bytes
pos-kid: exit(0)
(fork-fd-pos) the child started at 10, read bytes 10-19, then closed its fd
(fork-fd-pos) the parent's position is still 10
(fork-fd-pos) the parent's fd still reads, bytes 10-19 again
(fork-fd-pos) end
fork-fd-pos: exit(0)
EOF
pass;
