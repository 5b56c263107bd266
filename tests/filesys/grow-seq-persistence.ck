# -*- perl -*-
# Two boots on one disk: the first runs grow-seq, the second archives the
# disk with tar; the archive must hold the file grown by 100 writes, and
# pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('f' => pattern (20, 32750));
check_persistence ('grow-seq', \%tree);
