# -*- perl -*-
# Two boots on one disk: the first runs grow-subdir, the second archives
# the disk with tar; the archive must hold the file grown into its
# indirect block, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('a/' => DIR, 'a/b/' => DIR, 'a/b/f' => pattern (24, 70000));
check_persistence ('grow-subdir', \%tree);
