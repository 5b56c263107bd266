# -*- perl -*-
# Two boots on one disk: the first runs grow-hole, the second archives the
# disk with tar; the archive must hold the sparse file, holes reading as
# zeros, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my $s = "\0" x 100010;
substr ($s, 100000, 10) = pattern (21, 10, 100000);
substr ($s, 50000, 700) = pattern (21, 700, 50000);
my %tree = ('s' => $s);
check_persistence ('grow-hole', \%tree);
