# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(ide-rw) begin
(ide-rw) swap disk is hdd
(ide-rw) dma: wrote 40 single sectors and 7 runs verified
(ide-rw) pio: read 40 single sectors and 7 runs verified
(ide-rw) pio: wrote 40 single sectors and 7 runs verified
(ide-rw) dma: read 40 single sectors and 7 runs verified
(ide-rw) counters: 2920 sectors read, 1460 written
(ide-rw) no memory leaked
(ide-rw) end
EOF
pass;
