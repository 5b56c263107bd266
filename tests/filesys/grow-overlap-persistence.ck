# -*- perl -*-
# Two boots on one disk: the first runs grow-overlap, the second archives
# the disk with tar; the archive must hold the file written with
# overlapping writes, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('o' => pattern (27, 6555));
check_persistence ('grow-overlap', \%tree);
