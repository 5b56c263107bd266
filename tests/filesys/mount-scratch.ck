# -*- perl -*-
# The scratch disk (channel 1, device 0) mounts at an empty directory,
# formatted on first mount; a file written there is still there after
# umount and a second mount, and hidden between them.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mount-scratch) begin
(mount-scratch) mount the scratch disk at /mnt
Formatting file system...done.
(mount-scratch) /mnt lists nothing
(mount-scratch) umount /mnt
(mount-scratch) /mnt/f is not there while unmounted
(mount-scratch) mount it again
(mount-scratch) /mnt/f is back
(mount-scratch) umount /mnt
(mount-scratch) end
mount-scratch: exit(0)
EOF
pass;
