# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(fpu-fault) begin
(fpu-fault) fork
(fpu-fault) child ends (exit -1 or 81)
(fpu-fault) a new process runs
(fpu-fault) end
EOF
pass;
