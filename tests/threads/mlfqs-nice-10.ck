# -*- perl -*-
# 10 threads of nice 0 to 9 spin for 25 seconds.  A thread of higher nice
# may not run more than one of lower nice, and the ticks each one counted
# must be within 15 ticks of a tick-by-tick model of the scheduler.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;
my @lines = mlfqs_core ();
mlfqs_check_shares (\@lines, 10, 25, 15);
mlfqs_check_nice_order (\@lines);
pass;
