# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cache-off) begin
(cache-off) create "cached"
(cache-off) open "cached"
(cache-off) write 8192 bytes
(cache-off) read back, rewrote and read again byte by byte
(cache-off) without the cache every byte costs the disk
(cache-off) end
cache-off: exit(0)
EOF
pass;
