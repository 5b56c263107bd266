# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-bound) begin
(write-bound) write to the console returned the whole length
(write-bound) this line straddles two pages
(write-bound) create "halves"
(write-bound) open "halves"
(write-bound) write 300 bytes across a page boundary to it
(write-bound) verified contents of "halves"
(write-bound) end
write-bound: exit(0)
EOF
pass;
