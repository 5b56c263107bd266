# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-paths) begin
(dir-paths) mkdir a, /a/b, a/b/c
(dir-paths) create and write a/b/f
(dir-paths) chdir a/b/c
(dir-paths) chdir .., then f is there
(dir-paths) absolute and relative paths name the same file
(dir-paths) open /a/b: isdir
(dir-paths) "." is the working directory /a/b
(dir-paths) a file is not a directory
(dir-paths) write to a directory fails
(dir-paths) read and mmap of a directory fail
(dir-paths) readdir lists c and f, not . or ..
(dir-paths) mkdir or create of an existing name fails
(dir-paths) 15 characters are too many, 14 are fine
(dir-paths) paths through a file or a missing directory fail
(dir-paths) chdir to a file, mkdir of "" or "/" fail
(dir-paths) end
dir-paths: exit(0)
EOF
pass;
