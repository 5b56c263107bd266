# -*- perl -*-
# The scratch disk (channel 1, device 0) mounts at an empty directory,
# formatted on first mount; a file written there is still there after
# umount and a second mount, and hidden between them.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mount-hdc) begin
(mount-hdc) mount the scratch disk at /mnt
Formatting file system...done.
(mount-hdc) /mnt lists nothing
(mount-hdc) umount /mnt
(mount-hdc) /mnt/f is not there while unmounted
(mount-hdc) mount it again
(mount-hdc) /mnt/f is back
(mount-hdc) umount /mnt
(mount-hdc) end
mount-hdc: exit(0)
EOF
pass;
