# -*- perl -*-
# A blocker and a spinner share the CPU for 10 seconds; the blocker then
# waits 5 seconds on a semaphore.  While it waits its recent_cpu may only
# decay: on waking it must be within 0.5 of the value it blocked with,
# decayed by the model's load average at each update in between.  The
# spinner must not run between the sema_up and the blocker's return.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

my @lines = mlfqs_core ();
my ($block_tick, $block_recent, $wake_tick, $wake_recent, $cut_in);
foreach (@lines) {
    ($block_tick, $block_recent) = ($1, $2)
      if /^Blocker blocked at tick \+(\d+) with recent_cpu=(-?[\d.]+)\.$/;
    ($wake_tick, $wake_recent) = ($1, $2)
      if /^Blocker woke at tick \+(\d+) with recent_cpu=(-?[\d.]+)\.$/;
    $cut_in = $1 if /^Spinner ran between the sema_up and the blocker's return: (yes|no)\.$/;
}
fail ("run: the blocker's measurements are missing\n")
  if !defined $block_tick || !defined $wake_tick || !defined $cut_in;
fail ("run: the spinner ran after the sema_up before the blocker did\n")
  if $cut_in ne 'no';

# Both threads count until the blocker blocks; the spinner alone after.
my @ready = map { 1 + (100 * $_ - 50 < $block_tick ? 1 : 0) }
  1 .. int ($wake_tick / 100) + 1;
my @load = mlfqs_load_model (mlfqs_start_load (@lines), @ready);
my $expected = $block_recent;
$expected = mlfqs_decay ($expected, $load[$_ - 1], 0)
  foreach mlfqs_updates_between ($block_tick, $wake_tick);
mlfqs_compare ("the blocker's recent_cpu after blocking",
               ["blocked at +$block_tick", $block_recent, $block_recent, 0],
               ["woke at +$wake_tick", $expected, $wake_recent, 0.5]);
pass;
