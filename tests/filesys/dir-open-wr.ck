# -*- perl -*-
# An open directory is a directory to isdir, refuses writes, and has an
# inode number; an open file is not a directory and readdir on it fails.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-open-wr) begin
(dir-open-wr) isdir (d)
(dir-open-wr) f is not a directory
(dir-open-wr) write to a directory fails
(dir-open-wr) d and f have different inode numbers
(dir-open-wr) readdir on a file fails
(dir-open-wr) d is still empty
(dir-open-wr) end
dir-open-wr: exit(0)
EOF
pass;
