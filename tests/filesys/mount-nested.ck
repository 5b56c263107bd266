# -*- perl -*-
# A disk mounts inside another mounted disk; paths walk through both mount
# points, and the two unmount inner first.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
check_expected ([<<'EOF']);
(mount-nested) begin
(mount-nested) mount at /a
Formatting file system...done.
(mount-nested) mount at /a/in
Formatting file system...done.
(mount-nested) chdir /a/in
(mount-nested) ../../a/in/f is f
(mount-nested) chdir /
(mount-nested) umount /a/in
(mount-nested) f is gone with its disk
(mount-nested) umount /a
(mount-nested) end
mount-nested: exit(0)
EOF
check_fsck ("$test.mnt1.dsk");
check_fsck ("$test.mnt2.dsk");
pass;
