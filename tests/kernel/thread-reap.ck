# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(thread-reap) begin
(thread-reap) 600 threads exited in 20 rounds, the idle thread running between
(thread-reap) thread_settle freed every dead thread
(thread-reap) end
EOF
pass;
