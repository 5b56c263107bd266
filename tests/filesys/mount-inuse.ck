# -*- perl -*-
# umount fails while a process has a file, a directory or its working
# directory inside the mounted file system, and works once nothing is.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mount-inuse) begin
(mount-inuse) mount at /m
Formatting file system...done.
(mount-inuse) umount with a file open inside fails
(mount-inuse) umount with a directory open inside fails
(mount-inuse) chdir /m/d
(mount-inuse) umount with the cwd inside fails
(mount-inuse) chdir /
(mount-inuse) umount once nothing is in use
(mount-inuse) end
mount-inuse: exit(0)
EOF
pass;
