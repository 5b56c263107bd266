# -*- perl -*-
# A symbolic link to a file opens the file: reads through it see the
# file's bytes, and writes through it grow the file.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(symlink-file) begin
(symlink-file) symlink t as l
(symlink-file) l reads as t
(symlink-file) append 100 bytes through l
(symlink-file) t grew to 800 bytes
(symlink-file) end
symlink-file: exit(0)
EOF
pass;
