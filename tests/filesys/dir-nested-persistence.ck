# -*- perl -*-
# Two boots on one disk: the first runs dir-nested, the second archives
# the disk with tar; the archive must hold the nested directories and
# their files, and pintos-fsck must find the disk clean.
use strict;
use warnings;
use tests::tests;
use tests::filesys::archive;
my %tree = ('a/' => DIR, 'a/b/' => DIR, 'a/b/c/' => DIR,
            'a/b/c/f' => pattern (1, 1000), 'a/g' => pattern (2, 600));
check_persistence ('dir-nested', \%tree);
