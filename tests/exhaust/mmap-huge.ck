# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-huge) begin
(mmap-huge) create "big-map"
(mmap-huge) open "big-map"
(mmap-huge) write one page
(mmap-huge) every huge mapping failed or works
exhaust-child: exit(0)
(mmap-huge) a new process runs meanwhile
(mmap-huge) remove an open file meanwhile
mapper: exit(0)
(mmap-huge) the mapper finished
(mmap-huge) processes back
(mmap-huge) free user pages back
(mmap-huge) swap slots back
(mmap-huge) open files back
(mmap-huge) kernel heap blocks back
(mmap-huge) free kernel pages back
(mmap-huge) end
mmap-huge: exit(0)
EOF
pass;
