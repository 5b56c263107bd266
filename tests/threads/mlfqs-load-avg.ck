# -*- perl -*-
# Spinner I (0..14) starts at second I; all stop at second 20.  At update
# K (half-way through second K) spinners 0..K-1 are running, at most 15.
# Each second's load average over 30 seconds must be within 2.5
# hundredths of the model.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;
my @lines = mlfqs_core ();
mlfqs_check_load (\@lines, 2.5,
                  map { $_ <= 20 ? ($_ < 15 ? $_ : 15) : 0 } 1 .. 30);
pass;
