# -*- perl -*-
# readdir lists a link under its own name, once, beside the file it names.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-rd) begin
(symlink-rd) create d/t, link it as d/l
(symlink-rd) d lists t and l once each
(symlink-rd) end
symlink-rd: exit(0)
EOF
pass;
