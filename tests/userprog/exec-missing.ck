# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-missing) begin
load: no-such-prog: open failed
lost-kid: exit(-1)
(exec-missing) wait returned -1
(exec-missing) end
exec-missing: exit(0)
EOF
pass;
