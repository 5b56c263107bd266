# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF2']);
(priority-handoff) begin
(priority-handoff) W has the lock at priority 40
(priority-handoff) H has the lock
(priority-handoff) M: H already done
(priority-handoff) main done
(priority-handoff) end
EOF2
pass;
