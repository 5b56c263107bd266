# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fs-dir-race) begin
(fs-dir-race) every file created in the directory could be removed
(fs-dir-race) no sector or inode leaked
(fs-dir-race) end
EOF
pass;
