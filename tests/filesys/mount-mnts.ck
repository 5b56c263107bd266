# -*- perl -*-
# A disk given with --mnts (channel 2, device 0) mounts, holds a tree
# written through the mount point, and is written back by umount (the
# checker runs pintos-fsck on it).
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
check_expected ([<<'EOF']);
(mount-mnts) begin
(mount-mnts) mount channel 2 device 0 at /m
Formatting file system...done.
(mount-mnts) chdir /m/d
(mount-mnts) chdir /
(mount-mnts) umount /m
(mount-mnts) /m is empty again
(mount-mnts) end
mount-mnts: exit(0)
EOF
check_fsck ("$test.mnt1.dsk");
pass;
