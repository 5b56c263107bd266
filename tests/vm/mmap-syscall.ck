# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-syscall) begin
(mmap-syscall) map "sample.txt"
(mmap-syscall) write the mapping into "mm-copy"
(mmap-syscall) verified contents of "mm-copy"
(mmap-syscall) map "mm-target" writable
(mmap-syscall) read the file into the mapping
(mmap-syscall) verified contents of "mm-target"
(mmap-syscall) end
mmap-syscall: exit(0)
EOF
pass;
