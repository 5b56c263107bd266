# -*- perl -*-
# Two extra disks mount side by side; a file copied from one to the other
# is on the second after both are unmounted and it alone is mounted again.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
check_expected ([<<'EOF']);
(mount-two) begin
(mount-two) mount channel 2 device 0 at /a
Formatting file system...done.
(mount-two) mount channel 2 device 1 at /b
Formatting file system...done.
(mount-two) create /b/f
(mount-two) copy /a/f to /b/f
(mount-two) umount both
(mount-two) mount channel 2 device 1 at /a
(mount-two) the copy is on the second disk
(mount-two) umount /a
(mount-two) end
mount-two: exit(0)
EOF
check_fsck ("$test.mnt1.dsk");
check_fsck ("$test.mnt2.dsk");
pass;
