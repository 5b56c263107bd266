# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(lazy-bss-huge) begin
(lazy-bss-huge) first, middle and last bss pages read zero and keep writes
(lazy-bss-huge) a child sees the same
(lazy-bss-huge) the kernel heap holds few blocks
(lazy-bss-huge) end
EOF
pass;
