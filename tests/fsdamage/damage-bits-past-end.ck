# -*- perl -*-
# The kernel survives the disk damage "bits-past-end" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("bits-past-end");
