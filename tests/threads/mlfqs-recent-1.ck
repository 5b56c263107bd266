# -*- perl -*-
# One thread is busy for 25 seconds, then sleeps for 5, reporting its
# recent_cpu each second with the tick it was read at.  Each value must be
# within 1.5 of the model at that tick, and each load average within 2.5
# hundredths.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

my @lines = mlfqs_core ();
my (%recent, %load);
foreach (@lines) {
    next if !/^After (\d+) seconds \(tick \+(\d+)\), recent_cpu=(-?[\d.]+), load average=(-?[\d.]+)\.$/;
    ($recent{$2}, $load{$2}) = ($3, $4);
}
fail ("run: expected 30 reports, found " . scalar (keys %recent) . "\n")
  if keys %recent != 30;

my @ticks = sort { $a <=> $b } keys %recent;
my %model = mlfqs_simulate (threads => [{nice => 0, start => 0, stop => 2500}],
                            ticks => $ticks[-1], samples => \@ticks,
                            load => mlfqs_start_load (@lines));
mlfqs_compare ('recent_cpu',
               map { ["tick +$_", $model{recent}{$_}[0], $recent{$_}, 1.5] }
               @ticks);
mlfqs_compare ('the load average, in hundredths',
               map { my @k = mlfqs_updates_between (0, $_);
                     ["tick +$_", @k ? 100 * $model{load}[$k[-1] - 1] : 0,
                      100 * $load{$_}, 2.5] } @ticks);
pass;
