# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(fork-multiple) begin
(fork-multiple) forked 8 children with distinct pids
(fork-multiple) every child exited with its own status
(fork-multiple) end
EOF
pass;
