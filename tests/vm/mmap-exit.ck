# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-exit) begin
(mmap-exit) child wrote both pages and exits without munmap
mm-child: exit(0)
(mmap-exit) the child exited with 0
(mmap-exit) verified contents of "mm-exit"
(mmap-exit) end
mmap-exit: exit(0)
EOF
pass;
