# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(stack-large) begin
(stack-large) lowest page of the array has no frame yet
(stack-large) filled and checked a 64 KiB stack array
(stack-large) end
stack-large: exit(0)
EOF
pass;
