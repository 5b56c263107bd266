# -*- perl -*-
# The load average each second, against the 4.4BSD model within 1
# hundredth: the thread counts as ready at the 3 updates it spins
# through, and not at the 3 updates of the seconds it wakes on.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

my @lines = mlfqs_core ();
my %load;
foreach (@lines) {
    $load{$1} = $2 if /^After (\d+) seconds, load average=(-?[\d.]+)\.$/;
}
my @missing = grep { !exists $load{$_} } 0 .. 6;
fail ("run: no load average after second(s) @missing\n") if @missing;
my @model = mlfqs_load_model ($load{0}, 1, 1, 1, 0, 0, 0);
mlfqs_compare ('the load average, in hundredths',
               map { ["after $_ s", 100 * $model[$_ - 1], 100 * $load{$_}, 1] }
               1 .. 6);
pass;
