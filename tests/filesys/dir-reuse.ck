# -*- perl -*-
# Entries freed by remove are used again: 20 rounds of filling a directory
# with 40 files and emptying it leave it empty and working.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-reuse) begin
(dir-reuse) d is empty after 20 rounds
(dir-reuse) d and its last file removed
(dir-reuse) end
dir-reuse: exit(0)
EOF
pass;
