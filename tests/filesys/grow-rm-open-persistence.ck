# -*- perl -*-
# Two boots on one disk: the first runs grow-rm-open, the second archives
# the disk with tar; the archive must hold only the new empty f: the
# removed file left nothing behind, and pintos-fsck must find the disk
# clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('f' => '');
check_persistence ('grow-rm-open', \%tree);
