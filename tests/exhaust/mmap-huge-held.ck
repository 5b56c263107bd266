# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-huge-held) begin
exhaust-child: exit(0)
mapper: exit(0)
(mmap-huge-held) create "big-map"
(mmap-huge-held) open "big-map"
(mmap-huge-held) write one page
(mmap-huge-held) every huge mapping failed or works
exhaust-child: exit(0)
(mmap-huge-held) a new process runs meanwhile
(mmap-huge-held) remove an open file meanwhile
mapper: exit(0)
(mmap-huge-held) the mapper finished
(mmap-huge-held) processes back
(mmap-huge-held) free user pages back
(mmap-huge-held) swap slots back
(mmap-huge-held) open files back
(mmap-huge-held) kernel heap blocks back
(mmap-huge-held) end
mmap-huge-held: exit(0)
EOF
pass;
