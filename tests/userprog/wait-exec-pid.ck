# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(wait-exec-pid) begin
same-pid: exit(21)
(wait-exec-pid) wait for fork's pid returns the exec'd status
(wait-exec-pid) wait for the next pid returns -1
(wait-exec-pid) end
wait-exec-pid: exit(0)
EOF
pass;
