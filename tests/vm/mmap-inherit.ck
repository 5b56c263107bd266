# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-inherit) begin
(mmap-inherit) mmap "mm-inherit"
(mmap-inherit) child sees the parent's change on page 0
(mmap-inherit) child reads page 1 of the file
(mmap-inherit) child writes to its copy
mm-child: exit(0)
(mmap-inherit) the child exited with 0
(mmap-inherit) the parent's page 0 is as the parent left it
(mmap-inherit) the parent's page 1 still reads as the file
(mmap-inherit) end
mmap-inherit: exit(0)
EOF
pass;
