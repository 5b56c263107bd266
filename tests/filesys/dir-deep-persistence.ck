# -*- perl -*-
# Two boots on one disk: the first runs dir-deep, the second archives the
# disk with tar; the archive must hold the chain of 30 directories and the
# file at its bottom, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree;
my $path = '';
for my $i (0 .. 29) {
  $path .= "d$i/";
  $tree{$path} = DIR;
}
$tree{"${path}leaf"} = pattern (4, 2000);
check_persistence ('dir-deep', \%tree);
