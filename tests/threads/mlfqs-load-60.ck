# -*- perl -*-
# 60 threads spin for 20 seconds, then end.  Each second's load average
# over 30 seconds must be within 2.5 hundredths of the model.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;
my @lines = mlfqs_core ();
mlfqs_check_load (\@lines, 2.5, (60) x 20, (0) x 10);
pass;
