# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-simple) begin
(dup2-simple) open gives fd 2
(dup2-simple) dup2 (2, 10) returns 10
(dup2-simple) read 8 bytes through fd 2
(dup2-simple) fd 10's position is 8 too
(dup2-simple) fd 10 reads bytes 8-15
(dup2-simple) after closing fd 2, fd 10 reads bytes 16-23
(dup2-simple) fd 2 is free again
(dup2-simple) end
dup2-simple: exit(0)
EOF
pass;
