# -*- perl -*-
# The kernel survives the disk damage "map-cleared" of tests/fsdamage/tree.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("map-cleared");
