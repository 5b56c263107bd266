# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(swap-full) begin
hog: exit(-1)
hog: exit(-1)
exhaust-child: exit(0)
hog: exit(-1)
hog: exit(-1)
(swap-full) hog 0 was killed
(swap-full) hog 1 was killed
(swap-full) the parent's 32 pages are intact
exhaust-child: exit(0)
(swap-full) a new process runs
(swap-full) processes back
(swap-full) free user pages back
(swap-full) swap slots back
(swap-full) open files back
(swap-full) kernel heap blocks back
(swap-full) pages were evicted
(swap-full) end
swap-full: exit(0)
EOF
pass;
