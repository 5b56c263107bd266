# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-long) begin
(create-long) create a 14-character name
(create-long) open it
(create-long) create a 15-character name fails
(create-long) open a 15-character name fails
(create-long) create a 599-character name fails
(create-long) open a 599-character name fails
(create-long) end
create-long: exit(0)
EOF
pass;
