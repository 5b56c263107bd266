# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(rox-simple) begin
(rox-simple) open "rox-simple"
(rox-simple) read its first 64 bytes
(rox-simple) write to it returns 0
(rox-simple) read them again
(rox-simple) the executable is unchanged
(rox-simple) end
rox-simple: exit(0)
EOF
pass;
