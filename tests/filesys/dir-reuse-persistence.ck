# -*- perl -*-
# Two boots on one disk: the first runs dir-reuse, the second archives the
# disk with tar; the archive must hold an empty root, with the sectors of
# every removed file free again, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree;
check_persistence ('dir-reuse', \%tree);
