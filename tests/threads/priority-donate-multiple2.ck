# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-multiple2) begin
(priority-donate-multiple2) after donor a waits: priority 34
(priority-donate-multiple2) after donor b waits: priority 36
(priority-donate-multiple2) bystander is ready: priority 36
(priority-donate-multiple2) released a: priority 36
(priority-donate-multiple2) donor b has its lock
(priority-donate-multiple2) donor b finished
(priority-donate-multiple2) donor a has its lock
(priority-donate-multiple2) donor a finished
(priority-donate-multiple2) bystander finished
(priority-donate-multiple2) released b: priority 31
(priority-donate-multiple2) end
EOF
pass;
