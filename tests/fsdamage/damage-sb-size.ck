# -*- perl -*-
# The kernel survives the disk damage "sb-size" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("sb-size");
