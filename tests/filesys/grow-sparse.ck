# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-sparse) begin
(grow-sparse) create "sparse"
(grow-sparse) open "sparse"
(grow-sparse) write 4 bytes at 0
(grow-sparse) write 1 byte at 7 MB
(grow-sparse) filesize and tell are 7 MB + 1
(grow-sparse) the hole reads as zeros; the last byte is there, then the end
(grow-sparse) create "fill"
(grow-sparse) more than 1.5 MB still fits on the 2 MB disk
(grow-sparse) end
grow-sparse: exit(0)
EOF
pass;
