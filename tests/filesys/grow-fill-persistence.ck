# -*- perl -*-
# Two boots on one disk: the first runs grow-fill, the second archives the
# disk with tar; the archive must hold an empty root after the disk was
# filled twice, with no sector leaked, and pintos-fsck must find the disk
# clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree;
check_persistence ('grow-fill', \%tree);
