# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-priority) begin
(alarm-priority) woke: priority 30
(alarm-priority) woke: priority 29
(alarm-priority) woke: priority 28
(alarm-priority) woke: priority 27
(alarm-priority) woke: priority 26
(alarm-priority) woke: priority 25
(alarm-priority) woke: priority 24
(alarm-priority) woke: priority 23
(alarm-priority) woke: priority 22
(alarm-priority) woke: priority 21
(alarm-priority) end
EOF
pass;
