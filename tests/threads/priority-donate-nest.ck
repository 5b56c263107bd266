# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-nest) begin
(priority-donate-nest) middle waits: main at priority 33
(priority-donate-nest) high waits: main at priority 35
(priority-donate-nest) middle has both locks at priority 35
(priority-donate-nest) high has the inner lock at priority 35
(priority-donate-nest) high finished
(priority-donate-nest) middle finished at priority 33
(priority-donate-nest) main released the outer lock, priority 31
(priority-donate-nest) end
EOF
pass;
