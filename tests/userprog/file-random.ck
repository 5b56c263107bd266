# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(file-random) begin
(file-random) create "random"
(file-random) open "random"
(file-random) 300 random writes done
(file-random) 300 random reads match
(file-random) verified contents of "random"
(file-random) end
file-random: exit(0)
EOF
pass;
