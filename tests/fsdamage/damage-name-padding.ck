# -*- perl -*-
# The kernel survives the disk damage "name-padding" of tests/fsck/damage.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("name-padding");
