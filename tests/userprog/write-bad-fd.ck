# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-bad-fd) begin
(write-bad-fd) write to 7 bad descriptors returned -1
(write-bad-fd) create "closed"
(write-bad-fd) open it
(write-bad-fd) write to it after close fails
(write-bad-fd) end
write-bad-fd: exit(0)
EOF
pass;
