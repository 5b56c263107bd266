# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-lower) begin
(priority-donate-lower) waiter donates: priority 41
(priority-donate-lower) base set to 21: priority 41
(priority-donate-lower) waiter has the lock
(priority-donate-lower) released: priority 21
(priority-donate-lower) base set back: priority 31
(priority-donate-lower) end
EOF
pass;
