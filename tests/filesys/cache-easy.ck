# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cache-easy) begin
(cache-easy) create "cached"
(cache-easy) open "cached"
(cache-easy) write 8192 bytes
(cache-easy) read back, rewrote and read again byte by byte
(cache-easy) no sector read, at most one write per sector
(cache-easy) end
cache-easy: exit(0)
EOF
pass;
