# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(seek-tell) begin
(seek-tell) open "sample.txt"
(seek-tell) after seek 61, tell is 61
(seek-tell) read 12 bytes from offset 61
(seek-tell) tell is 73
(seek-tell) after seek 0, read "The"
(seek-tell) from offset 186 only the final newline is read
(seek-tell) seek past the end: tell is 1000
(seek-tell) read there returns 0
(seek-tell) end
seek-tell: exit(0)
EOF
pass;
