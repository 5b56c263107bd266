# -*- perl -*-
# Two boots on one disk: the first runs syn-append, the second archives
# the disk with tar; the archive must hold the file grown by four
# processes at once, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('shared' => pattern (5, 40 * 512));
check_persistence ('syn-append', \%tree, { IGNORE => ['child-fs'] });
