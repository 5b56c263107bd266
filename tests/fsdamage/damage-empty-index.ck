# -*- perl -*-
# The kernel survives the disk damage "empty-index" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("empty-index");
