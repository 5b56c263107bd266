# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mount-scratch) begin
(mount-scratch) mkdir scratch
(mount-scratch) mount channel 1 device 0
Formatting file system...done.
(mount-scratch) write scratch/kept
(mount-scratch) umount; the file is gone from view
(mount-scratch) mounted again, it is back
(mount-scratch) umount
(mount-scratch) end
mount-scratch: exit(0)
EOF
pass;
