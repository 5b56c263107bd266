# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(file-small) begin
(file-small) verified contents of "small-1"
(file-small) verified contents of "small-100"
(file-small) verified contents of "small-511"
(file-small) verified contents of "small-512"
(file-small) verified contents of "small-513"
(file-small) verified contents of "small-1025"
(file-small) end
file-small: exit(0)
EOF
pass;
