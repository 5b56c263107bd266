# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-bad) begin
(dup2-bad) open gives fd 2
(dup2-bad) open gives fd 3
(dup2-bad) dup2 (-1, 2) returns -1
(dup2-bad) dup2 from closed fd 3 returns -1
(dup2-bad) dup2 (4096, 2) returns -1
(dup2-bad) fd 2 still reads 'T'
(dup2-bad) end
dup2-bad: exit(0)
EOF
pass;
