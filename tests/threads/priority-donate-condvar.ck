# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-condvar) begin
(priority-donate-condvar) all three wait
(priority-donate-condvar) low was signalled at priority 36
(priority-donate-condvar) high has the lock
(priority-donate-condvar) low finished at priority 32
(priority-donate-condvar) main after the first signal
(priority-donate-condvar) medium was signalled at priority 34
(priority-donate-condvar) main after the second signal
(priority-donate-condvar) end
EOF
pass;
