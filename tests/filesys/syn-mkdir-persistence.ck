# -*- perl -*-
# Two boots on one disk: the first runs syn-mkdir, the second archives the
# disk with tar; the archive must hold the four subtrees built at once,
# and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('t/' => DIR);
for my $i (0 .. 3) {
  $tree{"t/c$i/"} = $tree{"t/c$i/x/"} = $tree{"t/c$i/x/y/"} = DIR;
  $tree{"t/c$i/x/y/f"} = pattern (40 + $i, 700);
  $tree{"t/c$i/x/f"} = pattern (50 + $i, 300);
}
check_persistence ('syn-mkdir', \%tree, { IGNORE => ['child-fs'] });
