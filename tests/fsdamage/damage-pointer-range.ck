# -*- perl -*-
# The kernel survives the disk damage "pointer-range" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("pointer-range");
