# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-stdin) begin
(write-stdin) write to fd 0 fails
(write-stdin) end
write-stdin: exit(0)
EOF
pass;
