# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-regs) begin
regs-kid: exit(0)
(fork-regs) fork succeeded
(fork-regs) the parent's registers are intact
(fork-regs) the child's registers are intact
(fork-regs) end
fork-regs: exit(0)
EOF
pass;
