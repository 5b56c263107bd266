# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(swap-full-race) begin
(swap-full-race) every hog finished or was killed
(swap-full-race) the parent's 16 pages are intact
(swap-full-race) a new process runs
(swap-full-race) processes back
(swap-full-race) free user pages back
(swap-full-race) swap slots back
(swap-full-race) open files back
(swap-full-race) kernel heap blocks back
(swap-full-race) end
EOF
pass;
