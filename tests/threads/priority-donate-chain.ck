# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-chain) begin
(priority-donate-chain) link 1 waits: main at priority 34
(priority-donate-chain) link 2 waits: main at priority 37
(priority-donate-chain) link 3 waits: main at priority 40
(priority-donate-chain) link 4 waits: main at priority 43
(priority-donate-chain) link 5 waits: main at priority 46
(priority-donate-chain) link 6 waits: main at priority 49
(priority-donate-chain) link 7 waits: main at priority 52
(priority-donate-chain) link 8 waits: main at priority 55
(priority-donate-chain) link 9 waits: main at priority 58
(priority-donate-chain) link 1 has lock 0 at priority 58
(priority-donate-chain) link 2 has lock 1 at priority 58
(priority-donate-chain) link 3 has lock 2 at priority 58
(priority-donate-chain) link 4 has lock 3 at priority 58
(priority-donate-chain) link 5 has lock 4 at priority 58
(priority-donate-chain) link 6 has lock 5 at priority 58
(priority-donate-chain) link 7 has lock 6 at priority 58
(priority-donate-chain) link 8 has lock 7 at priority 58
(priority-donate-chain) link 9 has lock 8 at priority 58
(priority-donate-chain) link 9 finished at priority 58
(priority-donate-chain) link 8 finished at priority 55
(priority-donate-chain) link 7 finished at priority 52
(priority-donate-chain) link 6 finished at priority 49
(priority-donate-chain) link 5 finished at priority 46
(priority-donate-chain) link 4 finished at priority 43
(priority-donate-chain) link 3 finished at priority 40
(priority-donate-chain) link 2 finished at priority 37
(priority-donate-chain) link 1 finished at priority 34
(priority-donate-chain) main released lock 0, priority 31
(priority-donate-chain) end
EOF
pass;
