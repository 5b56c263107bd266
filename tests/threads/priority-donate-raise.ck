# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-raise) begin
(priority-donate-raise) waiter donates: priority 41
(priority-donate-raise) base set to 51: priority 51
(priority-donate-raise) released: priority 51
(priority-donate-raise) waiter has the lock
(priority-donate-raise) base set back: priority 31
(priority-donate-raise) end
EOF
pass;
