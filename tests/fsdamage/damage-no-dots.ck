# -*- perl -*-
# The kernel survives the disk damage "no-dots" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("no-dots");
