# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-complex) begin
(dup2-complex) open gives fd 2
(dup2-complex) dup2 2 to 5, 5 to 7, 7 to 40
(dup2-complex) fds 7 and 40 read on in turn
(dup2-complex) write to a closed fd 1 failed
(dup2-complex) open with fd 1 closed gave fd 2, not 1
(dup2-complex) write to the keyboard through fd 1 failed
(dup2-complex) fd 0, made a copy of fd 7, read bytes 4-7
(dup2-complex) fd 9 still reaches the console
(dup2-complex) end
dup2-complex: exit(0)
EOF
pass;
