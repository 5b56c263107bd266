# -*- perl -*-
# Five processes race to remove one file: exactly one succeeds, and the
# name is gone.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(syn-rm-race) begin
(syn-rm-race) one remove won
(syn-rm-race) victim is gone
(syn-rm-race) end
EOF
pass;
