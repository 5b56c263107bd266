# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-keeps-fds) begin
(exec-keeps-fds) open "sample.txt" as fd 2 and read 4 bytes
(child-fd) begin
(child-fd) fd 2 holds 'lighthouse keeper counte'
exec-keeps-fds: exit(24)
EOF
pass;
