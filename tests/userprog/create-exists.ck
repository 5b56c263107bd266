# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-exists) begin
(create-exists) create "twice" of 10 bytes
(create-exists) create "twice" again fails
(create-exists) open "twice"
(create-exists) its size is still 10
(create-exists) end
create-exists: exit(0)
EOF
pass;
