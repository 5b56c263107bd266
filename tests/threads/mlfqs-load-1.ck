# -*- perl -*-
# One thread is busy for 20 seconds, then sleeps for 10.  Each second's
# load average must be within 2.5 hundredths of the model.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;
my @lines = mlfqs_core ();
mlfqs_check_load (\@lines, 2.5, (1) x 20, (0) x 10);
pass;
