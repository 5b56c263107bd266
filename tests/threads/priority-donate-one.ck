# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-one) begin
(priority-donate-one) main holds the lock at priority 33
(priority-donate-one) upper has the lock
(priority-donate-one) upper released the lock
(priority-donate-one) lower has the lock
(priority-donate-one) lower released the lock
(priority-donate-one) main released the lock, priority 31
(priority-donate-one) end
EOF
pass;
