# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mount-basic) begin
(mount-basic) mkdir mnt, create outside
(mount-basic) mount channel 2 device 0 on /mnt
Formatting file system...done.
(mount-basic) create and write /mnt/f
(mount-basic) paths cross the mount point both ways
(mount-basic) /mnt is now the mounted disk's root
(mount-basic) umount /mnt
(mount-basic) the disk was written
(mount-basic) /mnt is the empty directory again
(mount-basic) mounted again, /mnt/f is there with its data
(mount-basic) umount /mnt
(mount-basic) end
mount-basic: exit(0)
EOF
pass;
