# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(ide-handoff) begin
(ide-handoff) the waiting thread took the channel before the reader went on
(ide-handoff) end
EOF
pass;
