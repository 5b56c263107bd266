# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-full) begin
(dir-full) directories made until the disk filled, then removed
(dir-full) the second time, exactly as many fit
(dir-full) end
dir-full: exit(0)
EOF
pass;
