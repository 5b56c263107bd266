# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(stack-push) begin
(stack-push) the page below the new stack pointer has no frame yet
(stack-push) push onto a fresh page worked
(stack-push) that page has a frame now
(stack-push) end
stack-push: exit(0)
EOF
pass;
