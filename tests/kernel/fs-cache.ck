# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fs-cache) begin
(fs-cache) 8 readers at once: one disk read; again: none
(fs-cache) whole-sector writes read nothing; each reaches the disk once
(fs-cache) the cache holds no more than 64 sectors
(fs-cache) every written sector is on the disk
(fs-cache) end
EOF
pass;
