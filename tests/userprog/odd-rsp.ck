# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(odd-rsp) begin
(odd-rsp) write with %rsp = 0
(odd-rsp) write with %rsp = 0x8004000000
(odd-rsp) write with %rsp = 0x8000000000000000
(odd-rsp) write with %rsp = 0xffff800000000000
(odd-rsp) write with %rsp = 0x7ffffffffff8
(odd-rsp) write with %rsp = 0xfffffffffffffff8
(odd-rsp) end
odd-rsp: exit(0)
EOF
pass;
