# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-multiple) begin
(priority-donate-multiple) after donor a waits: priority 32
(priority-donate-multiple) after donor b waits: priority 33
(priority-donate-multiple) donor b has its lock
(priority-donate-multiple) donor b finished
(priority-donate-multiple) released b: priority 32
(priority-donate-multiple) donor a has its lock
(priority-donate-multiple) donor a finished
(priority-donate-multiple) released a: priority 31
(priority-donate-multiple) end
EOF
pass;
