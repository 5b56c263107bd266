# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-simultaneous) begin
(alarm-simultaneous) round 1: 5 sleepers woke, 0 found others still asleep
(alarm-simultaneous) round 2: 5 sleepers woke, 0 found others still asleep
(alarm-simultaneous) round 3: 5 sleepers woke, 0 found others still asleep
(alarm-simultaneous) round 4: 5 sleepers woke, 0 found others still asleep
(alarm-simultaneous) round 5: 5 sleepers woke, 0 found others still asleep
(alarm-simultaneous) end
EOF
pass;
