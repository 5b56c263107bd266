# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-same) begin
(dup2-same) open "sample.txt"
(dup2-same) read one byte
(dup2-same) dup2 (fd, fd) returns fd
(dup2-same) fd still reads, at offset 1
(dup2-same) dup2 (1, 1) returns 1
(dup2-same) and the console still works
(dup2-same) end
dup2-same: exit(0)
EOF
pass;
