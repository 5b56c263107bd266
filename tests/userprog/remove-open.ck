# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(remove-open) begin
(remove-open) create "ghost"
(remove-open) open "ghost"
(remove-open) write 300 bytes
(remove-open) remove "ghost"
(remove-open) write 300 more bytes through the open fd
(remove-open) create a new "ghost" of 10 bytes
(remove-open) the new "ghost" has 10 bytes
(remove-open) the removed one still has 600
(remove-open) read it back
(remove-open) the data matches
(remove-open) end
remove-open: exit(0)
EOF
pass;
