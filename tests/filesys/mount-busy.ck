# -*- perl -*-
# umount fails while a process has a file, a directory or its working
# directory inside the mounted file system, and works once nothing is.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mount-busy) begin
Formatting file system...done.
(mount-busy) mount at /m
(mount-busy) umount with a file open inside fails
(mount-busy) umount with a directory open inside fails
(mount-busy) chdir /m/d
(mount-busy) umount with the cwd inside fails
(mount-busy) chdir /
(mount-busy) umount once nothing is in use
(mount-busy) end
mount-busy: exit(0)
EOF
pass;
