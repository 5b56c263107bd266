# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lazy-bss) begin
(lazy-bss) no inner page of the array has a frame
(lazy-bss) a word read from page 10 is zero
(lazy-bss) exactly pages 10 and 20 have frames now
(lazy-bss) pages 10 and 20 are the ones with frames
(lazy-bss) all 64 pages read as zero
(lazy-bss) end
lazy-bss: exit(0)
EOF
pass;
