# A model of the 4.4BSD scheduler for the mlfqs checkers.
#
# The mlfqs tests print raw measurements (load averages, recent_cpu
# values, ticks each thread ran).  Their checkers rebuild what the 4.4BSD
# formulas predict, with real numbers, and compare point by point within a
# tolerance each checker states:
#
#     priority   = PRI_MAX - recent_cpu / 4 - 2 * nice    (truncated, 0..63)
#     recent_cpu = 2 * load / (2 * load + 1) * recent_cpu + nice
#     load       = 59/60 * load + 1/60 * ready
#
# recent_cpu of the running thread grows by 1 each tick; load and every
# recent_cpu are updated when the tick count is a multiple of 100 (first
# the load, then recent_cpu with the new load), and the running thread's
# priority is recomputed on every fourth tick.  All of that happens
# before the threads whose sleep ends on the tick wake up, so a thread
# that wakes on a whole second is not counted in that second's load.
#
# Time in the model is counted in ticks from a test's time 0, which most
# tests put 50 ticks after a whole second (MLFQS_PHASE in mlfqs.h), so
# update K (K = 1, 2, ...) comes at tick 100 * K - 50.  A test that puts
# its time 0 elsewhere passes the distance from the last update as
# "phase => P" (0 for a test that starts on a whole second).
package tests::threads::mlfqs;

use strict;
use warnings;
use Exporter 'import';
use tests::tests;

our @EXPORT = qw(mlfqs_core mlfqs_start_load mlfqs_load_model
                 mlfqs_updates_between mlfqs_decay mlfqs_simulate
                 mlfqs_compare mlfqs_check_load mlfqs_check_shares
                 mlfqs_check_nice_order);

use constant PRI_MAX => 63;
use constant TIMER_FREQ => 100;
use constant TIME_SLICE => 4;
use constant PHASE => 50;

# Runs the common checks and returns the test's lines without the
# "(NAME) " prefix and without the begin and end lines, which must be
# there.
sub mlfqs_core {
    common_checks ('run', @output);
    my @core = get_core_output ('run', @output);
    my $name = $test;
    $name =~ s{.*/}{};
    fail ("run: the first line should be '($name) begin'\n")
      if !@core || $core[0] ne "($name) begin";
    fail ("run: the test did not finish: the last line should be "
          . "'($name) end'\n") if $core[-1] ne "($name) end";
    my @lines = @core[1 .. $#core - 1];
    s/^\(\Q$name\E\) // foreach @lines;
    return @lines;
}

# Returns the load average at the test's time 0, from the "start:" line
# LINES hold: the value printed there, one second earlier, decayed by the
# one update in between, when no thread was ready.
sub mlfqs_start_load {
    my (@lines) = @_;
    my ($load) = map { /^start: load average=(-?[\d.]+),/ ? $1 : () } @lines;
    fail ("run: no 'start: load average=...' line\n") if !defined $load;
    return $load * 59 / 60;
}

# Returns the load average after each update, given LOAD at time 0 and
# READY, the number of ready or running threads at each update in turn.
sub mlfqs_load_model {
    my ($load, @ready) = @_;
    my @series;
    foreach my $ready (@ready) {
        $load = $load * 59 / 60 + $ready / 60;
        push (@series, $load);
    }
    return @series;
}

# Returns the numbers K of the updates that fall after tick FROM and no
# later than tick TO; PHASE (default 50) is how far time 0 lies past an
# update.
sub mlfqs_updates_between {
    my ($from, $to, $phase) = @_;
    $phase = PHASE if !defined $phase;
    my $first = TIMER_FREQ - $phase;
    return grep { $first + TIMER_FREQ * ($_ - 1) > $from
                  && $first + TIMER_FREQ * ($_ - 1) <= $to }
      1 .. int ($to / TIMER_FREQ) + 2;
}

# Returns RECENT after one once-a-second update with load LOAD (already
# updated) for a thread of NICE.
sub mlfqs_decay {
    my ($recent, $load, $nice) = @_;
    return 2 * $load / (2 * $load + 1) * $recent + $nice;
}

sub priority_of {
    my ($thread) = @_;
    my $priority = PRI_MAX - int ($thread->{recent} / 4) - 2 * $thread->{nice};
    return $priority < 0 ? 0 : $priority > PRI_MAX ? PRI_MAX : $priority;
}

# Simulates the scheduler tick by tick, as the kernel runs it: 64 FIFO
# ready queues, the highest priority first, a time slice of 4 ticks, a
# thread woken or raised above the running one preempting it.  Arguments:
#   threads => [{nice => N, start => TICK, stop => TICK, recent => R}, ...]
#       in creation order; each thread sleeps until START, then spins
#       until it runs at or after STOP, when it ends; R is its recent_cpu
#       at time 0 (default 0);
#   ticks => N          how long to simulate;
#   load => L           the load average at time 0;
#   samples => [TICK, ...]  ticks at which to note every recent_cpu;
#   phase => P          time 0 lies P ticks after an update (default 50).
# Returns a hash: run => [ticks each thread ran between its START and
# STOP], load => [the load after each update], recent => {TICK => [each
# thread's recent_cpu just after that tick]}.
sub mlfqs_simulate {
    my (%args) = @_;
    my @threads = map { { recent => 0, %$_, state => 'asleep', ran => 0 } }
      @{$args{threads}};
    my $load = $args{load} || 0;
    my %sample = map { ($_ => 1) } @{$args{samples} || []};
    my $phase = defined $args{phase} ? $args{phase} : PHASE;
    my (@queues, @loads, %recent);
    my ($running, $slice) = (undef, 0);

    my $push = sub {
        my ($i) = @_;
        $threads[$i]{state} = 'ready';
        push (@{$queues[$threads[$i]{priority}]}, $i);
    };
    my $pick = sub {
        for (my $p = PRI_MAX; $p >= 0; $p--) {
            next if !$queues[$p] || !@{$queues[$p]};
            my $i = shift (@{$queues[$p]});
            $threads[$i]{state} = 'running';
            return $i;
        }
        return undef;
    };
    my $top = sub {
        for (my $p = PRI_MAX; $p >= 0; $p--) {
            return $p if $queues[$p] && @{$queues[$p]};
        }
        return -1;
    };
    my $reprioritize = sub {
        my ($i) = @_;
        my $t = $threads[$i];
        my $new = priority_of ($t);
        return if $new == $t->{priority};
        if ($t->{state} eq 'ready') {
            @{$queues[$t->{priority}]} = grep { $_ != $i } @{$queues[$t->{priority}]};
            $t->{priority} = $new;
            push (@{$queues[$new]}, $i);
        } else {
            $t->{priority} = $new;
        }
    };

    $_->{priority} = priority_of ($_) foreach @threads;
    foreach my $tick (0 .. $args{ticks}) {
        if ($tick > 0 && defined $running) {
            my $t = $threads[$running];
            $t->{ran}++ if $tick - 1 >= $t->{start} && $tick - 1 < $t->{stop};
            $t->{recent}++;
        }
        if ($tick > 0 && ($tick + $phase) % TIMER_FREQ == 0) {
            my $ready = grep { $_->{state} eq 'ready' || $_->{state} eq 'running' }
              @threads;
            $load = $load * 59 / 60 + $ready / 60;
            push (@loads, $load);
            foreach my $i (0 .. $#threads) {
                my $t = $threads[$i];
                $t->{recent} = mlfqs_decay ($t->{recent}, $load, $t->{nice});
                $reprioritize->($i);
            }
        } elsif (($tick + $phase) % TIME_SLICE == 0 && defined $running) {
            $reprioritize->($running);
        }
        foreach my $i (0 .. $#threads) {
            $push->($i) if $threads[$i]{state} eq 'asleep'
              && $threads[$i]{start} <= $tick;
        }

        # End of the tick: a used-up slice or a higher ready thread
        # takes over, then whoever runs and is due to stop ends.
        $slice++ if defined $running;
        if (!defined $running || $slice >= TIME_SLICE
            || $top->() > $threads[$running]{priority}) {
            $push->($running) if defined $running;
            ($running, $slice) = ($pick->(), 0);
        }
        while (defined $running && $threads[$running]{stop} <= $tick) {
            $threads[$running]{state} = 'done';
            ($running, $slice) = ($pick->(), 0);
        }
        $recent{$tick} = [map { $_->{recent} } @threads] if $sample{$tick};
    }
    return (run => [map { $_->{ran} } @threads], load => \@loads,
            recent => \%recent);
}

# Compares measured values with the model.  ROWS is a list of
# [LABEL, EXPECTED, ACTUAL, TOLERANCE].  Returns if every ACTUAL is within
# TOLERANCE of EXPECTED; otherwise fails with the whole table, marking the
# rows that are off.  TITLE names the quantity compared.
sub mlfqs_compare {
    my ($title, @rows) = @_;
    my $bad = grep { abs ($_->[2] - $_->[1]) > $_->[3] } @rows;
    return if !$bad;

    my $width = 5;
    foreach (@rows) {
        $width = length ($_->[0]) if length ($_->[0]) > $width;
    }
    my $text = "run: $bad of " . scalar (@rows)
      . " measurements of $title are off the 4.4BSD model:\n";
    $text .= sprintf ("  %-*s %10s %10s %8s %9s\n", $width, 'point',
                      'expected', 'actual', 'diff', 'tolerance');
    foreach my $row (@rows) {
        my ($label, $expected, $actual, $tolerance) = @$row;
        my $off = abs ($actual - $expected) > $tolerance;
        $text .= sprintf ("  %-*s %10.2f %10.2f %+8.2f %9.2f%s\n", $width,
                          $label, $expected, $actual, $actual - $expected,
                          $tolerance, $off ? '  <-- off' : '');
    }
    fail ($text);
}

# Checks the "After N seconds, load average=X." lines in LINES against
# the model: READY holds the number of ready threads at each update, and
# every second from 1 to the length of READY must be reported once, within
# TOLERANCE hundredths.
sub mlfqs_check_load {
    my ($lines, $tolerance, @ready) = @_;
    my @model = mlfqs_load_model (mlfqs_start_load (@$lines), @ready);
    my %actual;
    foreach (@$lines) {
        next if !/^After (\d+) seconds, load average=(-?[\d.]+)\.$/;
        fail ("run: second $1 reported twice\n") if exists $actual{$1};
        $actual{$1} = $2;
    }
    my @missing = grep { !exists $actual{$_} } 1 .. @model;
    fail ("run: no load average reported after second(s) @missing\n")
      if @missing;
    mlfqs_compare ('the load average, in hundredths',
                   map { ["after $_ s", 100 * $model[$_ - 1],
                          100 * $actual{$_}, $tolerance] } 1 .. @model);
}

# Checks the "Thread I (nice N) ran T ticks." lines in LINES against the
# model of THREADS spinning for SECONDS: each count, scaled so the counts
# add up to the model's total, must be within TOLERANCE ticks of the
# model's.
sub mlfqs_check_shares {
    my ($lines, $threads, $seconds, $tolerance) = @_;
    my (@nice, @ran);
    foreach (@$lines) {
        next if !/^Thread (\d+) \(nice (-?\d+)\) ran (\d+) ticks\.$/;
        ($nice[$1], $ran[$1]) = ($2, $3);
    }
    my @missing = grep { !defined $ran[$_] } 0 .. $threads - 1;
    fail ("run: no tick count for thread(s) @missing\n") if @missing;

    # Each spinner set its nice while asleep before time 0 and went
    # through one update, which left it with recent_cpu near its nice.
    my $stop = $seconds * TIMER_FREQ;
    my %model = mlfqs_simulate (
        threads => [map { { nice => $nice[$_], start => 0, stop => $stop,
                            recent => $nice[$_] } } 0 .. $threads - 1],
        ticks => $stop + TIMER_FREQ,
        load => mlfqs_start_load (@$lines));

    # Under a loaded host QEMU can deliver a timer tick while no spinner
    # runs to see it (the previous tick's switch took longer than a
    # tick), so the counts may add up to less than the model's.  Shares
    # are what the scheduler decides: compare the counts scaled to the
    # model's total.
    my ($model_total, $actual_total) = (0, 0);
    $model_total += $_ foreach @{$model{run}}[0 .. $threads - 1];
    $actual_total += $_ foreach @ran[0 .. $threads - 1];
    fail ("run: the threads counted no ticks at all\n") if !$actual_total;
    my $scale = $model_total / $actual_total;
    fail (sprintf ("run: the threads counted %d ticks, the model %d: too "
                   . "many lost to be a fair measure\n",
                   $actual_total, $model_total))
      if $scale > 1.1 || $scale < 0.95;
    mlfqs_compare ('ticks run per thread (scaled to the model total)',
                   map { ["thread $_ (nice $nice[$_])", $model{run}[$_],
                          sprintf ("%.2f", $ran[$_] * $scale), $tolerance] }
                   0 .. $threads - 1);
}

# Checks that no thread in LINES ("Thread I (nice N) ran T ticks.") ran
# more ticks than a thread of lower nice: the CPU goes to the nicest
# threads last.
sub mlfqs_check_nice_order {
    my ($lines) = @_;
    my @counts = sort { $a->[0] <=> $b->[0] }
      map { /^Thread \d+ \(nice (-?\d+)\) ran (\d+) ticks\.$/ ? [$1, $2] : () }
      @$lines;
    foreach my $i (1 .. $#counts) {
        my ($nicer, $less_nice) = ($counts[$i], $counts[$i - 1]);
        fail ("run: a thread of nice $nicer->[0] ran $nicer->[1] ticks, more "
              . "than the $less_nice->[1] of a thread of nice "
              . "$less_nice->[0]\n")
          if $nicer->[0] > $less_nice->[0] && $nicer->[1] > $less_nice->[1];
    }
}

1;
