# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-once) begin
(fork-once) in the child
fork-kid: exit(12)
(fork-once) fork returned a pid to the parent
(fork-once) wait returned 12
(fork-once) end
fork-once: exit(0)
EOF
pass;
