# -*- perl -*-
# Four processes create and remove files in one directory at once; the
# directory ends with exactly the 20 files that were kept, each intact.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(syn-crm) begin
(syn-crm) d holds 20 files
(syn-crm) end
EOF
pass;
