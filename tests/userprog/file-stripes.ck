# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(file-stripes) begin
(file-stripes) create "striped"
(file-stripes) all 4 writers finished
(file-stripes) verified contents of "striped"
(file-stripes) end
EOF
pass;
