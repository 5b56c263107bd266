# -*- perl -*-
# Two boots on one disk: the first runs symlink-file, the second archives
# the disk with tar; the archive must hold the file grown through its link
# (tar follows the link, so the link holds the same bytes), and pintos-
# fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('t' => pattern (30, 800), 'l' => pattern (30, 800));
check_persistence ('symlink-file', \%tree);
