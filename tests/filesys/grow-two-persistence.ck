# -*- perl -*-
# Two boots on one disk: the first runs grow-two, the second archives the
# disk with tar; the archive must hold both files grown turn by turn, and
# pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('p' => pattern (22, 15000), 'q' => pattern (23, 15000));
check_persistence ('grow-two', \%tree);
