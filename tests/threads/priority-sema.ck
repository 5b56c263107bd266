# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-sema) begin
(priority-sema) waiter of priority 41 passed the semaphore
(priority-sema) main is back after sema_up 1
(priority-sema) waiter of priority 40 passed the semaphore
(priority-sema) main is back after sema_up 2
(priority-sema) waiter of priority 39 passed the semaphore
(priority-sema) main is back after sema_up 3
(priority-sema) waiter of priority 38 passed the semaphore
(priority-sema) main is back after sema_up 4
(priority-sema) waiter of priority 37 passed the semaphore
(priority-sema) main is back after sema_up 5
(priority-sema) waiter of priority 36 passed the semaphore
(priority-sema) main is back after sema_up 6
(priority-sema) waiter of priority 35 passed the semaphore
(priority-sema) main is back after sema_up 7
(priority-sema) waiter of priority 34 passed the semaphore
(priority-sema) main is back after sema_up 8
(priority-sema) waiter of priority 33 passed the semaphore
(priority-sema) main is back after sema_up 9
(priority-sema) waiter of priority 32 passed the semaphore
(priority-sema) main is back after sema_up 10
(priority-sema) end
EOF
pass;
