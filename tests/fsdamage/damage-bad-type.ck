# -*- perl -*-
# The kernel survives the disk damage "bad-type" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("bad-type");
