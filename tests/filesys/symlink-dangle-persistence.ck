# -*- perl -*-
# Two boots on one disk: the first runs symlink-dangle, the second
# archives the disk with tar; the archive must hold the link and the
# target created after it, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('later' => pattern (35, 20), 'l' => pattern (35, 20));
check_persistence ('symlink-dangle', \%tree);
