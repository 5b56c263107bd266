# -*- perl -*-
# Fills one directory with 200 files, so that it grows over many sectors;
# readdir lists each exactly once; after removing 100 and adding 50 it
# lists 150.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-wide) begin
(dir-wide) readdir lists 200 entries, each once
(dir-wide) readdir lists 150 entries, each once
(dir-wide) end
dir-wide: exit(0)
EOF
pass;
