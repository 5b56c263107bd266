# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-many) begin
(dir-many) mkdir wide
(dir-many) 300 files created, each listed once
(dir-many) all removed, and then the directory
(dir-many) a file at the bottom of 30 nested directories
(dir-many) the chain removed from the bottom up
(dir-many) end
dir-many: exit(0)
EOF
pass;
