# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(seek-bad-fd) begin
(seek-bad-fd) open gives fd 2
(seek-bad-fd) seek and tell on bad fds returned
(seek-bad-fd) fd 2 is still at 0
(seek-bad-fd) and reads 'T'
(seek-bad-fd) end
seek-bad-fd: exit(0)
EOF
pass;
