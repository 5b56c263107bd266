# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-mem) begin
copy-kid: exit(2)
(fork-mem) the child saw the parent's memory
(fork-mem) the child's changes to data and stack stayed in the child
(fork-mem) the child's changes to BSS stayed in the child
(fork-mem) end
fork-mem: exit(0)
EOF
pass;
