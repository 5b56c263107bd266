# -*- perl -*-
# Two boots on one disk: the first runs syn-crm, the second archives the
# disk with tar; the archive must hold the 20 files kept by four processes
# at once, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('d/' => DIR);
for my $id (0 .. 3) {
  for my $k (grep { $_ % 2 == 0 } 0 .. 9) {
    $tree{"d/f${id}_$k"} = pattern ($id * 10 + $k, 100 + $k);
  }
}
check_persistence ('syn-crm', \%tree, { IGNORE => ['child-fs'] });
