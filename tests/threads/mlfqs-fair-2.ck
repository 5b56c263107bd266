# -*- perl -*-
# 2 threads of nice 0 spin for 20 seconds and must share the CPU
# equally: the ticks each one counted must be within 20 ticks of a
# tick-by-tick model of the scheduler.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;
my @lines = mlfqs_core ();
mlfqs_check_shares (\@lines, 2, 20, 20);
pass;
