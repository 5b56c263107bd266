# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The orphan's exit line may come at any point after it finishes, so
# exit lines are left out.
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(wait-orphan) begin
(wait-orphan) the middle process exited without waiting
(wait-orphan) create "go" to wake the orphan
(wait-orphan) the orphan finished its work
(wait-orphan) end
EOF
pass;
