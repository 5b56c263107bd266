# -*- perl -*-
# A relative link target is resolved against the directory holding the
# link, not the working directory.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-rel) begin
(symlink-rel) symlink f as a/l
(symlink-rel) from /, a/l is a/f, not /f
(symlink-rel) chdir a
(symlink-rel) from a, l is a/f
(symlink-rel) end
symlink-rel: exit(0)
EOF
pass;
