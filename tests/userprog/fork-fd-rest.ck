# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-fd-rest) begin
(fork-fd-rest) open "sample.txt"
(fork-fd-rest) the parent reads 25 bytes
rest-kid: exit(0)
(fork-fd-rest) the child read the last 162 bytes
(fork-fd-rest) the parent read the same 162 bytes
(fork-fd-rest) end
fork-fd-rest: exit(0)
EOF
pass;
