# -*- perl -*-
# The kernel survives the disk damage "huge-length" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("huge-length");
