# -*- perl -*-
# 2 threads of nice 0 and 5 spin for 20 seconds.  A thread of higher nice
# may not run more than one of lower nice, and the ticks each one counted
# must be within 20 ticks of a tick-by-tick model of the scheduler.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;
my @lines = mlfqs_core ();
mlfqs_check_shares (\@lines, 2, 20, 20);
mlfqs_check_nice_order (\@lines);
pass;
