# -*- perl -*-
# The kernel survives the disk damage "long-name" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("long-name");
