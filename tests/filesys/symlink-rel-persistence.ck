# -*- perl -*-
# Two boots on one disk: the first runs symlink-rel, the second archives
# the disk with tar; the archive must hold the relative link, which still
# names a/f, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('a/' => DIR, 'a/f' => pattern (32, 50), 'f' => pattern (33, 60),
            'a/l' => pattern (32, 50));
check_persistence ('symlink-rel', \%tree);
