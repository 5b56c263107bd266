# -*- perl -*-
# Two boots on one disk: the first runs cache-halt, the second archives
# the disk with tar; the archive must hold the file written just before
# halt, which the cache wrote back at halt, and pintos-fsck must find the
# disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('h/' => DIR, 'h/f' => pattern (60, 5000));
check_persistence ('cache-halt', \%tree, { HALT => 1 });
