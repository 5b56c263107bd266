# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(close-twice) begin
(close-twice) open gives fd 2
(close-twice) open gives fd 3
(close-twice) closed fd 2 twice
(close-twice) fd 3 still reads 'T'
(close-twice) end
close-twice: exit(0)
EOF
pass;
