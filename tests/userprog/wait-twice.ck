# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(wait-twice) begin
once-kid: exit(44)
(wait-twice) the first wait returns 44
(wait-twice) the second wait returns -1
(wait-twice) end
wait-twice: exit(0)
EOF
pass;
