# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-twice) begin
(open-twice) first open gives fd 2
(open-twice) second open gives fd 3
(open-twice) third open gives fd 4
(open-twice) read 8 bytes through fd 2
(open-twice) fd 3 still reads from the start
(open-twice) after closing fd 3, open gives fd 3
(open-twice) the next open gives fd 5
(open-twice) end
open-twice: exit(0)
EOF
pass;
