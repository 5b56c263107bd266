# -*- perl -*-
# mount fails on a missing path, a file, a non-empty directory, a missing
# disk, a disk already mounted and a busy mount point; umount fails on
# what is not a mount point.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mount-bad) begin
(mount-bad) create /file and /full/x
(mount-bad) mount on a missing path fails
(mount-bad) mount on a file fails
(mount-bad) mount on a non-empty directory fails
(mount-bad) mount of a missing disk fails
(mount-bad) mount of the root's own disk fails
(mount-bad) mount at /m
Formatting file system...done.
(mount-bad) mounting the same disk again fails
(mount-bad) umount of a plain directory fails
(mount-bad) umount / fails
(mount-bad) umount of a missing path fails
(mount-bad) umount /m
(mount-bad) umount /m again fails
(mount-bad) end
mount-bad: exit(0)
EOF
pass;
