# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(close-normal) begin
(close-normal) open gives fd 2
(close-normal) close fd 2
(close-normal) read from the closed fd fails
(close-normal) open gives fd 2 again
(close-normal) end
close-normal: exit(0)
EOF
pass;
