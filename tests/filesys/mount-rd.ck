# -*- perl -*-
# readdir of a mount point lists the mounted root's entries, and lists
# nothing once it is unmounted.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mount-rd) begin
(mount-rd) mount at /m
Formatting file system...done.
(mount-rd) create /m/x and /m/y
(mount-rd) /m lists x and y
(mount-rd) umount /m
(mount-rd) /m lists nothing now
(mount-rd) end
mount-rd: exit(0)
EOF
pass;
