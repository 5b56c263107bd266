# -*- perl -*-
# Two processes list a directory again and again while another adds and
# removes files in it: readdir only ever returns names that exist or
# existed, and the end state is right.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(syn-readdir) begin
(syn-readdir) busy holds the 20 files kept
(syn-readdir) end
EOF
pass;
