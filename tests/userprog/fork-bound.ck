# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-bound) begin
split-kid: exit(5)
(fork-bound) the child exited with 5
(fork-bound) end
fork-bound: exit(0)
EOF
pass;
