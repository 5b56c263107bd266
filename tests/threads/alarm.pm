# Checks for the alarm-single and alarm-multiple tests: the wake-ups the
# test printed must follow the planned wake-up times.
package tests::threads::alarm;

use strict;
use warnings;
use Exporter 'import';
use tests::tests;

our @EXPORT = qw(check_alarm);

# Checks that SLEEPERS threads woke ROUNDS times each, sleeper I every
# (I + 1) * 10 ticks, and that the wake-ups appear in order of their
# planned times.  Sleepers planned for the same tick may wake in any order
# among themselves.
sub check_alarm {
    my ($sleepers, $rounds) = @_;
    common_checks ('run', @output);
    my @core = get_core_output ('run', @output);
    my $name = $test;
    $name =~ s{.*/}{};

    fail ("run: the first line should be '($name) begin'\n")
      if !@core || $core[0] ne "($name) begin";
    fail ("run: the last line should be '($name) end'\n")
      if $core[-1] ne "($name) end";

    my (@problems, %seen, @planned);
    foreach my $line (@core[1 .. $#core - 1]) {
        my ($id, $at) = $line =~ /^\(\Q$name\E\) sleeper (\d+) woke, planned at \+(\d+) ticks$/
          or do { push (@problems, "unexpected line: $line\n"); next };
        my $round = ++$seen{$id};
        my $want = $round * ($id + 1) * 10;
        push (@problems, "sleeper $id's wake-up $round was planned at "
              . "+$at, expected +$want\n") if $at != $want;
        push (@problems, "sleeper $id woke at +$at after a sleeper "
              . "planned at +$planned[-1]\n")
          if @planned && $at < $planned[-1];
        push (@planned, $at);
    }
    foreach my $id (0 .. $sleepers - 1) {
        my $count = $seen{$id} || 0;
        push (@problems, "sleeper $id woke $count times, expected $rounds\n")
          if $count != $rounds;
    }
    fail ("run: wake-ups out of order or missing:\n", @problems,
          "Output:\n", map { "  $_\n" } @core) if @problems;
}

1;
