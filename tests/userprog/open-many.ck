# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-many) begin
(open-many) round 1 opened at least 126 fds
(open-many) rounds 2 and 3 opened as many
(open-many) end
open-many: exit(0)
EOF
pass;
