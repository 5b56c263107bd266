# -*- perl -*-
# Two boots on one disk: the first runs dir-wide, the second archives the
# disk with tar; the archive must hold the 150 files left in the wide
# directory, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('w/' => DIR);
$tree{"w/f$_"} = pattern ($_, $_) for grep { $_ % 2 } 0 .. 199;
$tree{"w/g$_"} = pattern (1000 + $_, 10) for 0 .. 49;
check_persistence ('dir-wide', \%tree);
