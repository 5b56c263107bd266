# -*- perl -*-
# Two boots on one disk: the first runs grow-procs, the second archives
# the disk with tar; the archive must hold the four files grown at once,
# and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = map { ("g$_" => pattern (10 + $_, 20000)) } 0 .. 3;
check_persistence ('grow-procs', \%tree, { IGNORE => ['child-fs'] });
