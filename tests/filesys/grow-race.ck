# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-race) begin
(grow-race) create "grow"
(grow-race) open "grow"
reader: exit(0)
(grow-race) parent appended 98304 bytes
(grow-race) the reader saw only written bytes
(grow-race) end
grow-race: exit(0)
EOF
pass;
