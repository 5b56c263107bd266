# -*- perl -*-
# The test wakes exactly on a whole second (its time 0, just after an
# update; the values it prints there start the model, even if a loaded
# host let a tick pass before it read them), is busy for 5 seconds, then
# sleeps from whole second to whole second 5 times, reporting recent_cpu
# and the load average each second with the tick it read them at.  Each
# recent_cpu must be within 1.5 of the model and each load average within
# 1 hundredth: a kernel that counted the thread waking on a second in
# that second's load would be 1.7 hundredths too high after the first
# sleep, and more after each.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

use constant BUSY => 500;

my @lines = mlfqs_core ();
my ($start_recent, $start_load, %recent, %load);
foreach (@lines) {
    ($start_recent, $start_load) = ($2, $3)
      if /^Start \(tick \+(\d+)\), recent_cpu=(-?[\d.]+), load average=(-?[\d.]+)\.$/;
    ($recent{$2}, $load{$2}) = ($3, $4)
      if /^After (\d+) seconds \(tick \+(\d+)\), recent_cpu=(-?[\d.]+), load average=(-?[\d.]+)\.$/;
}
fail ("run: no 'Start' line\n") if !defined $start_load;
fail ("run: expected 10 reports, found " . scalar (keys %recent) . "\n")
  if keys %recent != 10;

my @ticks = sort { $a <=> $b } keys %recent;
my %model = mlfqs_simulate (
    threads => [{nice => 0, start => 0, stop => BUSY,
                 recent => $start_recent}],
    ticks => $ticks[-1], samples => \@ticks, load => $start_load,
    phase => 0);
mlfqs_compare ('recent_cpu',
               map { ["tick +$_", $model{recent}{$_}[0], $recent{$_}, 1.5] }
               @ticks);
mlfqs_compare ('the load average, in hundredths',
               map { my @k = mlfqs_updates_between (0, $_, 0);
                     ["tick +$_", 100 * (@k ? $model{load}[$k[-1] - 1]
                                              : $start_load),
                      100 * $load{$_}, 1] } @ticks);
pass;
