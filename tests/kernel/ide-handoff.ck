# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(ide-handoff) begin
(ide-handoff) the waiting thread sent its request before the reader went on
(ide-handoff) end
EOF
pass;
