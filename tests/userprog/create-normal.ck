# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-normal) begin
(create-normal) create "fresh" of 100 bytes
(create-normal) open "fresh"
(create-normal) filesize is 100
(create-normal) read 100 bytes
(create-normal) all bytes are zero
(create-normal) create "empty-file" of 0 bytes
(create-normal) end
create-normal: exit(0)
EOF
pass;
