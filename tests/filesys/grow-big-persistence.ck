# -*- perl -*-
# Two boots on one disk: the first runs grow-big, the second archives the
# disk with tar; the archive must hold the 1.5 MB file, and pintos-fsck
# must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('big' => pattern (25, 1536 * 1024));
check_persistence ('grow-big', \%tree);
