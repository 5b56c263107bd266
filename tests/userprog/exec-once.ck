# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-once) begin
(child-simple) begin
(child-simple) run
exec-kid: exit(81)
(exec-once) wait returned 81
(exec-once) end
exec-once: exit(0)
EOF
pass;
