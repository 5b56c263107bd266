# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-fd-dup2) begin
(fork-fd-dup2) open "sample.txt" as A
(fork-fd-dup2) open "sample.txt" as B
(fork-fd-dup2) dup2 A to fd 40 and B to fd 41
(fork-fd-dup2) read 3 bytes through A and 7 through B
pair-kid: exit(0)
(fork-fd-dup2) the child's pairs are aliased within, apart from each other (status 0)
(fork-fd-dup2) the parent's positions are still 3 and 7
(fork-fd-dup2) the parent's A still reads from byte 3
(fork-fd-dup2) end
fork-fd-dup2: exit(0)
EOF
pass;
