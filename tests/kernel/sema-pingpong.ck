# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(sema-pingpong) begin
(sema-pingpong) 100 round trips in turn
(sema-pingpong) both semaphores back at zero
(sema-pingpong) end
EOF
pass;
