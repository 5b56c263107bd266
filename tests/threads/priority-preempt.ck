# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-preempt) begin
(priority-preempt) main creates a thread at priority 41
(priority-preempt) urgent thread, step 1 of 4
(priority-preempt) urgent thread, step 2 of 4
(priority-preempt) urgent thread, step 3 of 4
(priority-preempt) urgent thread, step 4 of 4
(priority-preempt) thread_create returned to main
(priority-preempt) end
EOF
pass;
