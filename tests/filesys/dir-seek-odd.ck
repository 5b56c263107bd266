# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-seek-odd) begin
(dir-seek-odd) create d/abcdefghijklmn
(dir-seek-odd) create d/ABCDEFGHIJKLMN
(dir-seek-odd) create d/x
(dir-seek-odd) readdir after seek to 0 to 199 lists only names in d
(dir-seek-odd) readdir near INT32_MAX lists nothing
(dir-seek-odd) end
dir-seek-odd: exit(0)
EOF
pass;
