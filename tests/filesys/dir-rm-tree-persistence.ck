# -*- perl -*-
# Two boots on one disk: the first runs dir-rm-tree, the second archives
# the disk with tar; the archive must hold only the kept tree, with
# nothing of the removed trees left on disk, and pintos-fsck must find the
# disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('keep/' => DIR, 'keep/f' => pattern (77, 5000));
check_persistence ('dir-rm-tree', \%tree);
