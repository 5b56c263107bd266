# -*- perl -*-
# Four processes build subtrees in one directory at once; every subtree is
# whole.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(syn-mkdir) begin
(syn-mkdir) t holds 4 subtrees, each whole
(syn-mkdir) end
EOF
pass;
