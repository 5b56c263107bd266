# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-fd-pos) begin
(fork-fd-pos) open "sample.txt"
(fork-fd-pos) the parent reads 10 bytes
pos-kid: exit(0)
(fork-fd-pos) the child read bytes 10-19, then closed its fd
(fork-fd-pos) the parent's position is now 20
(fork-fd-pos) the parent's fd still reads, from byte 20
(fork-fd-pos) end
fork-fd-pos: exit(0)
EOF
pass;
