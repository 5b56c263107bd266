# -*- perl -*-
# The kernel survives the disk damage "entry-range" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("entry-range");
