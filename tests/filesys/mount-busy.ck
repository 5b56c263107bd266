# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mount-busy) begin
(mount-busy) make a, b, full
(mount-busy) mount on a missing path, a file, a full directory or / fails
(mount-busy) mount of hdb or a missing disk fails
(mount-busy) mount channel 2 device 0 on /a
Formatting file system...done.
(mount-busy) mount on /a again, or of the same disk on /b, fails
(mount-busy) a mount point cannot be removed; umount of / or /b fails
(mount-busy) open a file in /a
(mount-busy) umount with a file open fails
(mount-busy) umount with the root directory open fails
(mount-busy) umount with a working directory inside fails
(mount-busy) umount with a mount inside fails
Formatting file system...done.
(mount-busy) inner, then outer umount work
(mount-busy) end
mount-busy: exit(0)
EOF
pass;
