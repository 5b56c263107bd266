# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-console) begin
(dup2-console) dup2 (1, 5) returns 5
(dup2-console) write through fd 5 returns its length
(dup2-console) printed through fd 5
(dup2-console) dup2 (0, 6) returns 6
(dup2-console) write through fd 6 fails
(dup2-console) read through fd 5 fails
(dup2-console) end
dup2-console: exit(0)
EOF
pass;
