# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-missing) begin
(open-missing) open "no-such-file" returns -1
(open-missing) create "real"
(open-missing) open "rea" (a prefix) returns -1
(open-missing) open "real!" returns -1
(open-missing) end
open-missing: exit(0)
EOF
pass;
