# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-stdout) begin
(read-stdout) read from fd 1 fails
(read-stdout) the buffer is unchanged
(read-stdout) end
read-stdout: exit(0)
EOF
pass;
