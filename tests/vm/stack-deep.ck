# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(stack-deep) begin
(stack-deep) 224 of 224 frames intact
(stack-deep) the stack reached at least 896 KiB below its top
(stack-deep) end
stack-deep: exit(0)
EOF
pass;
