# -*- perl -*-
# Seeking past the end changes neither the size nor what read returns; the
# next write lands at the position and the size follows it.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-tell) begin
(grow-tell) create t empty
(grow-tell) tell is 5000 after the seek
(grow-tell) size is still 0
(grow-tell) read there returns 0
(grow-tell) write 1 byte
(grow-tell) size and tell are 5001
(grow-tell) bytes 4999 and 5000 are 0 and x
(grow-tell) end
grow-tell: exit(0)
EOF
pass;
