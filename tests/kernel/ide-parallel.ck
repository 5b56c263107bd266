# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(ide-parallel) begin
(ide-parallel) hdb sectors 0-2047: 40 rounds verified
(ide-parallel) hdb sectors 2048-4095: 40 rounds verified
(ide-parallel) hdd sectors 0-4095: 40 rounds verified
(ide-parallel) hdd sectors 4096-8191: 40 rounds verified
(ide-parallel) hda read consistently while the writers ran
(ide-parallel) end
EOF
pass;
