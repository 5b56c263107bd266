# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fs-concurrent) begin
(fs-concurrent) 4 writers and 2 readers finished
(fs-concurrent) private files intact
(fs-concurrent) every stripe of the shared file intact
(fs-concurrent) no sectors leaked
(fs-concurrent) end
EOF
pass;
