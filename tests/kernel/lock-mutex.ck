# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lock-mutex) begin
(lock-mutex) counter equals the sum of the threads' increments
(lock-mutex) the lock was contended and never shared
(lock-mutex) end
EOF
pass;
