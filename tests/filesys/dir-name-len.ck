# -*- perl -*-
# Path components of 14 characters work in mkdir, create and open, at any
# depth; 15 characters fail.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-name-len) begin
(dir-name-len) mkdir of a 14-character name
(dir-name-len) mkdir of a 15-character name fails
(dir-name-len) mkdir of a 14-character name inside it
(dir-name-len) create at the third level
(dir-name-len) create of a 15-character last component fails
(dir-name-len) open through a 15-character component fails
(dir-name-len) open by the long absolute path
(dir-name-len) end
dir-name-len: exit(0)
EOF
pass;
