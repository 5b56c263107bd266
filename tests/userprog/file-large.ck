# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(file-large) begin
(file-large) create "large" of 307200 bytes
(file-large) open "large"
(file-large) wrote it in 8 kB pieces
(file-large) verified contents of "large"
(file-large) end
file-large: exit(0)
EOF
pass;
