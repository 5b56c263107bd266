# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-sema) begin
(priority-donate-sema) all three wait
(priority-donate-sema) low woke at priority 36
(priority-donate-sema) high has the lock
(priority-donate-sema) low finished at priority 32
(priority-donate-sema) main after the first sema_up
(priority-donate-sema) medium woke at priority 34
(priority-donate-sema) main after the second sema_up
(priority-donate-sema) end
EOF
pass;
