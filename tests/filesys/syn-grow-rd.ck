# -*- perl -*-
# Two processes read a file while it grows: inside the size they see,
# every byte is already the one written, never a stale or zero byte.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(syn-grow-rd) begin
(syn-grow-rd) create growing
(syn-grow-rd) the readers saw only written bytes
(syn-grow-rd) end
EOF
pass;
