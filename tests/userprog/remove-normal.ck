# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(remove-normal) begin
(remove-normal) create "doomed"
(remove-normal) remove "doomed"
(remove-normal) open "doomed" fails
(remove-normal) remove "doomed" again fails
(remove-normal) remove "never-was" fails
(remove-normal) remove "" fails
(remove-normal) create "doomed" again
(remove-normal) the new "doomed" has 7 bytes
(remove-normal) end
remove-normal: exit(0)
EOF
pass;
