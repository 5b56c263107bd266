# -*- perl -*-
# The kernel survives the disk damage "index-range" of tests/fsdamage/tree.pm.
use strict;
use warnings;
use tests::fsdamage::check;
check_walk ("index-range");
