# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(wait-grandkid) begin
(wait-grandkid) the middle child reported its child's pid
(wait-grandkid) the grandchild's pid differs from the child's
(wait-grandkid) wait for the grandchild returns -1
(wait-grandkid) end
EOF
pass;
