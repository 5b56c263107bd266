# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(fork-chain) begin
(fork-chain) create big
(fork-chain) the chain ended cleanly
(fork-chain) a new process runs
(fork-chain) processes back
(fork-chain) free user pages back
(fork-chain) swap slots back
(fork-chain) open files back
(fork-chain) kernel heap blocks back
(fork-chain) end
EOF
pass;
