# -*- perl -*-
# Links to links resolve to the end of the chain.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-chain) begin
(symlink-chain) symlink t as l1
(symlink-chain) symlink l1 as l2
(symlink-chain) symlink l2 as l3
(symlink-chain) l3 reads as t
(symlink-chain) end
symlink-chain: exit(0)
EOF
pass;
