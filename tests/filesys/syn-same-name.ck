# -*- perl -*-
# Five processes race to create one file name and to make one directory
# name: exactly one wins each race.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(syn-same-name) begin
(syn-same-name) one create of race won
(syn-same-name) one mkdir of racedir won
(syn-same-name) end
EOF
pass;
