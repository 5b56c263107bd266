# -*- perl -*-
# 20 threads of nice 0 spin for 20 seconds and must share the CPU
# equally: the ticks each one counted must be within 10 ticks of a
# tick-by-tick model of the scheduler.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;
my @lines = mlfqs_core ();
mlfqs_check_shares (\@lines, 20, 20, 10);
pass;
