# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-condvar) begin
(priority-condvar) waiter of priority 41 was signalled
(priority-condvar) waiter of priority 40 was signalled
(priority-condvar) waiter of priority 39 was signalled
(priority-condvar) waiter of priority 38 was signalled
(priority-condvar) waiter of priority 37 was signalled
(priority-condvar) waiter of priority 36 was signalled
(priority-condvar) waiter of priority 35 was signalled
(priority-condvar) waiter of priority 34 was signalled
(priority-condvar) waiter of priority 33 was signalled
(priority-condvar) waiter of priority 32 was signalled
(priority-condvar) main signalled 10 times
(priority-condvar) end
EOF
pass;
