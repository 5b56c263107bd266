# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(wait-killed) begin
crash-kid: exit(-1)
(wait-killed) the forked child that faulted gave -1
bad-kid: exit(-1)
(wait-killed) the exec'd child that faulted gave -1
(wait-killed) end
wait-killed: exit(0)
EOF
pass;
