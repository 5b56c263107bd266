# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(stack-red-zone) begin
(stack-red-zone) the page below the stack pointer's page is not mapped yet
(stack-red-zone) wrote the red zone on a new page
(stack-red-zone) the byte is there
(stack-red-zone) end
stack-red-zone: exit(0)
EOF
pass;
