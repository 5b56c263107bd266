# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-stdin) begin
(dup2-stdin) open "sample.txt"
(dup2-stdin) dup2 (fd, 0) returns 0
(dup2-stdin) fd 0 reads the file's first 20 bytes
(dup2-stdin) filesize of fd 0 is 187
(dup2-stdin) after close, read of fd 0 fails
(dup2-stdin) end
dup2-stdin: exit(0)
EOF
pass;
