# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(stack-syscall) begin
(stack-syscall) lowest page of the buffer has no frame yet
(stack-syscall) read 12288 bytes into the untouched stack buffer
(stack-syscall) stack buffer holds the file's contents
(stack-syscall) end
stack-syscall: exit(0)
EOF
pass;
