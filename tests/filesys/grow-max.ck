# -*- perl -*-
# One byte written at the last offset of the largest file makes a sparse
# file of that size; a byte past it cannot be written, and the file's
# middle reads as zeros.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-max) begin
(grow-max) create m empty
(grow-max) write the last byte of the largest file
(grow-max) the size is the largest file's
(grow-max) a byte past it cannot be written
(grow-max) the size did not change
(grow-max) read 512 bytes in the middle
(grow-max) remove m
(grow-max) end
grow-max: exit(0)
EOF
pass;
