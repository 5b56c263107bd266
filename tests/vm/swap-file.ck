# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(swap-file) begin
(swap-file) create a 2 MiB file
(swap-file) map the file
(swap-file) rewrote the odd pages through the mapping
(swap-file) filled and checked 9 MiB of anonymous memory
(swap-file) the mapping reads right after the pressure
(swap-file) the file holds the rewritten pages
(swap-file) end
swap-file: exit(0)
EOF
pass;
