# -*- perl -*-
# The kernel survives the disk damage "dir-length" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("dir-length");
