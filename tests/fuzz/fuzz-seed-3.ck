# -*- perl -*-
use strict;
use warnings;
use tests::fuzz::check;
check_fuzz ();
