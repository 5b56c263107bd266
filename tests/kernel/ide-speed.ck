# -*- perl -*-
# The tick counts vary between runs, so they are replaced by N before the
# comparison.
use strict;
use warnings;
use tests::tests;
common_checks ('run', @output);
my @normalized = map { s/\b\d+ ticks\b/N ticks/gr } @output;
compare_output ('run', {}, \@normalized, <<'EOF');
(ide-speed) begin
(ide-speed) DMA, 256-sector requests: 4 MB written in N ticks, read in N ticks
(ide-speed) DMA, 8-sector requests: 4 MB written in N ticks, read in N ticks
(ide-speed) PIO, 256-sector requests: 4 MB written in N ticks, read in N ticks
(ide-speed) PIO, 8-sector requests: 4 MB written in N ticks, read in N ticks
(ide-speed) end
EOF
pass;
