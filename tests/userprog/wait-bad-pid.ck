# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(wait-bad-pid) begin
(wait-bad-pid) wait returned -1 for 6 bad pids
(wait-bad-pid) end
wait-bad-pid: exit(0)
EOF
pass;
