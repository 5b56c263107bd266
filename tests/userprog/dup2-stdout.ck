# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-stdout) begin
(dup2-stdout) create "captured"
(dup2-stdout) open "captured"
(dup2-stdout) save the console as fd 20
(dup2-stdout) fd 1 is the console again
(dup2-stdout) verified contents of "captured"
(dup2-stdout) end
dup2-stdout: exit(0)
EOF
pass;
