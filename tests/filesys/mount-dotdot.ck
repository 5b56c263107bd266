# -*- perl -*-
# Paths cross a mount point both ways: ".." at the mounted root leads back
# to the parent file system.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mount-dotdot) begin
(mount-dotdot) mount at /m
Formatting file system...done.
(mount-dotdot) create /top
(mount-dotdot) chdir /m
(mount-dotdot) create inside
(mount-dotdot) ../top from /m is /top
(mount-dotdot) ../m/inside from /m is inside
(mount-dotdot) chdir ..
(mount-dotdot) back on the root file system
(mount-dotdot) inside is not on the root file system
(mount-dotdot) umount /m
(mount-dotdot) end
mount-dotdot: exit(0)
EOF
pass;
