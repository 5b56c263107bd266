# Shared checking code for every test suite.
#
# A checker tests/<suite>/NAME.ck is a small Perl program, run from build/ as
#
#     perl -I.. ../tests/<suite>/NAME.ck tests/<suite>/NAME tests/<suite>/NAME.result
#
# It says `use tests::tests;`, which sets $test to the first argument and
# reads the run's serial output, tests/<suite>/NAME.output, into @output.
# The checker then calls check_expected or checks of its own, and ends with
# `pass;`.  The verdict goes to the result file: the line PASS, or the line
# FAIL followed by the reasons.  A checker exits 0 on pass and 1 on fail.

package tests::tests;

use strict;
use warnings;
use Exporter 'import';

our @EXPORT = qw($test @output
                 check_expected compare_output common_checks get_core_output
                 check_for_panic check_for_keyword check_for_triple_fault
                 check_within pass fail read_text_file
                 IGNORE_EXIT_CODES IGNORE_USER_FAULTS);

# Option names for check_expected and compare_output.  Each constant's value
# is its own name, so `IGNORE_EXIT_CODES => 1` (where `=>` quotes the word)
# and `IGNORE_EXIT_CODES, 1` mean the same thing.
use constant IGNORE_EXIT_CODES => 'IGNORE_EXIT_CODES';
use constant IGNORE_USER_FAULTS => 'IGNORE_USER_FAULTS';

# The test's path without extension, e.g. "tests/threads/alarm-single".
our $test;

# The lines of "$test.output", without line terminators.
our @output;

# Where pass and fail write the verdict.
my $result_file;

# A line the kernel prints when a user process ends.
my $exit_line_re = qr/^[A-Za-z0-9_.+\-]+: exit\(-?\d+\)$/;

# Longest listings and largest diff table worth producing.
use constant MAX_LISTED_LINES => 1000;
use constant MAX_DIFF_CELLS => 1_000_000;

setup ();

# Reads the command line of the checker and the run's output.  Runs once,
# while the checker's `use tests::tests;` is being compiled.
sub setup {
    die "usage: perl -I.. CHECKER TEST-PATH [RESULT-FILE]\n" if !@ARGV;
    $test = $ARGV[0];
    $result_file = defined $ARGV[1] ? $ARGV[1] : "$test.result";
    @output = read_text_file ("$test.output");
}

# Returns the lines of FILE_NAME with trailing carriage returns and line
# feeds removed.  Fails the test if the file cannot be read.
sub read_text_file {
    my ($file_name) = @_;
    open (my $fh, '<', $file_name)
      or fail ("cannot read $file_name: $!\n");
    my @lines = <$fh>;
    close ($fh);
    s/[\r\n]+\z// foreach @lines;
    return @lines;
}

# Writes VERDICT and then MESSAGE (a list of strings joined as they are)
# to the result file.
sub write_result {
    my ($verdict, @message) = @_;
    my $text = join ('', @message);
    $text .= "\n" if $text ne '' && $text !~ /\n\z/;
    open (my $fh, '>', $result_file)
      or die "cannot create $result_file: $!\n";
    print $fh "$verdict\n", $text;
    close ($fh) or die "cannot write $result_file: $!\n";
}

# Records a pass, with an optional MESSAGE, and exits 0.
sub pass {
    write_result ('PASS', @_);
    exit 0;
}

# Records a failure explained by MESSAGE and exits 1.
sub fail {
    my @message = @_ ? @_ : ("the checker gave no reason\n");
    write_result ('FAIL', @message);
    exit 1;
}

# Returns the last COUNT lines of LINES, indented, for failure messages.
sub tail_of {
    my ($count, @lines) = @_;
    return "  (none)\n" if !@lines;
    my $first = @lines > $count ? @lines - $count : 0;
    return join ('', map { "  $_\n" } @lines[$first .. $#lines]);
}

# Fails if OUTPUT shows a kernel panic.  The message quotes the panic and
# its call stack and says how to turn the addresses into source lines.
# Returns 0 when there was no panic.
sub check_for_panic {
    my ($run, @output) = @_;
    my ($at) = grep { $output[$_] =~ /Kernel PANIC/ } 0 .. $#output;
    return 0 if !defined $at;

    my $message = "Kernel panic in $run:\n  $output[$at]\n";
    my ($stack) = grep { /Call stack:/ } @output[$at .. $#output];
    if (defined $stack) {
        my @addresses = $stack =~ /\b(0x[0-9a-fA-F]+)\b/g;
        $message .= "  $stack\n"
          . "For function names and source lines, run this in build/:\n"
          . "  ../utils/backtrace kernel.o @addresses\n";
    } else {
        $message .= "(no 'Call stack:' line followed the panic)\n";
    }
    fail ($message);
}

# Fails if OUTPUT contains a line matching KEYWORD, a string or a qr//
# pattern.  Returns 0 when no line matches.
sub check_for_keyword {
    my ($run, $keyword, @output) = @_;
    my $pattern = ref ($keyword) eq 'Regexp' ? $keyword : qr/\Q$keyword\E/;
    my ($at) = grep { $output[$_] =~ $pattern } 0 .. $#output;
    return 0 if !defined $at;

    my $line = $at + 1;
    if ($output[$at] =~ /\bTIMEOUT\b/) {
        fail ("$run timed out (output line $line):\n  $output[$at]\n"
              . "The kernel hung, or ran too slowly for the time limit.\n"
              . "Last lines before the timeout:\n"
              . tail_of (8, @output[0 .. $at - 1]));
    }
    my $word = "$keyword";
    $word =~ s/^\(\?\^?\w*:(.*)\)$/$1/s;
    $word =~ s/\\b//g;
    fail ("$run: output line $line contains '$word':\n  $output[$at]\n");
}

# Fails if the kernel booted more than once in OUTPUT, which is what a
# triple fault looks like: the machine resets and boots again.  Returns 0
# otherwise.
sub check_for_triple_fault {
    my ($run, @output) = @_;
    my @boots = grep { $output[$_] =~ /Pintos booting with/ } 0 .. $#output;
    return 0 if @boots < 2;

    my $line = $boots[1] + 1;
    fail ("$run: the kernel rebooted at output line $line, most likely "
          . "after a triple fault.\nLast lines before the reboot:\n"
          . tail_of (8, @output[$boots[0] .. $boots[1] - 1]));
}

# Fails unless some line of OUTPUT matches PATTERN; PROBLEM says what its
# absence means.
sub require_line {
    my ($run, $pattern, $problem, @output) = @_;
    return if grep { $_ =~ $pattern } @output;
    fail ("$run: $problem\nLast lines of output:\n" . tail_of (8, @output));
}

# The checks every run must pass, whatever the test: some output, no FAIL,
# no panic, no reboot, no TIMEOUT, a complete boot and a clean power-off.
sub common_checks {
    my ($run, @output) = @_;
    fail ("$run: produced no output at all\n") if !grep { /\S/ } @output;

    # A test's "(NAME) FAIL: ..." line explains the panic that follows it.
    check_for_keyword ($run, 'FAIL', @output);
    check_for_panic ($run, @output);
    check_for_triple_fault ($run, @output);
    check_for_keyword ($run, qr/\bTIMEOUT\b/, @output);
    require_line ($run, qr/Pintos booting with/,
                  "the kernel did not boot: no 'Pintos booting with' line",
                  @output);
    require_line ($run, qr/Boot complete\./,
                  "the kernel did not finish booting: no 'Boot complete.' line",
                  @output);
    require_line ($run, qr/\bTimer: \d+ ticks\b/,
                  "the kernel printed no statistics: no 'Timer: N ticks' line "
                  . "(it crashed, hung or was stopped before powering off)",
                  @output);
    require_line ($run, qr/Powering off/,
                  "kernel did not power off cleanly: no 'Powering off...' line",
                  @output);

    # The kernel measures how deep its stacks went (the "Stack:" line); a
    # run that came within a quarter of the end was lucky not to overflow.
    foreach my $line (grep (/^Stack: /, @output)) {
        my ($depth, $size, $owner)
          = $line =~ /^Stack: deepest kernel stack (\d+) of (\d+) bytes, in (.*)$/
          or next;
        fail ("$run: the kernel stack of $owner reached $depth of its $size "
              . "bytes, within a quarter of overflowing\n")
          if $depth > $size * 3 / 4;
    }

    # The kernel reports user frames, swap slots and the like still in use
    # once every process has ended.
    my (@leaks) = grep (/^Leak: /, @output);
    fail ("$run: the kernel reports a leak:\n"
          . join ('', map ("  $_\n", @leaks))) if @leaks;
}

# Finds the test's part of OUTPUT: returns the command line of the first
# "Executing 'CMDLINE':" line, then the lines after it up to the matching
# "Execution of 'CMDLINE' complete." line, then whether that line was found.
# Without that line, the lines run up to the power-off statistics, or to the
# end.  Returns an empty list when no Executing line exists.  Text that ran
# into the completion line without a newline stays in the test's output.
sub find_core_output {
    my (@output) = @_;
    my ($start) = grep { $output[$_] =~ /^Executing '.*':$/ } 0 .. $#output;
    return () if !defined $start;
    my ($cmdline) = $output[$start] =~ /^Executing '(.*)':$/;

    my $done = "Execution of '$cmdline' complete.";
    my @core;
    foreach my $line (@output[$start + 1 .. $#output]) {
        my $at = index ($line, $done);
        if ($at >= 0 && $at + length ($done) == length ($line)) {
            push (@core, substr ($line, 0, $at)) if $at > 0;
            return ($cmdline, \@core, 1);
        }
        push (@core, $line);
    }

    # No completion line: the power-off statistics, if any, are the
    # kernel's, not the test's.
    my ($stats) = grep { $core[$_] =~ /^Timer: \d+ ticks$/ } reverse 0 .. $#core;
    $#core = $stats - 1 if defined $stats;
    return ($cmdline, \@core, 0);
}

# Returns the lines the test printed, between "Executing '...':" and
# "Execution of '...' complete.".  Fails if the test never started.  When the
# completion line is missing, returns everything after the Executing line
# except the power-off statistics; compare_output reports the missing line.
sub get_core_output {
    my ($run, @output) = @_;
    my ($cmdline, $core) = find_core_output (@output);
    fail ("$run: no \"Executing '...':\" line: the kernel never started "
          . "the test\nLast lines of output:\n" . tail_of (8, @output))
      if !defined $cmdline;
    return @$core;
}

# Tells whether LINE belongs to the kernel's report of a user-mode fault.
sub is_user_fault_line {
    my ($line) = @_;
    return $line =~ /^Page fault at /
      || $line =~ /: dying due to interrupt 0x[0-9a-fA-F]+/
      || $line =~ /^Interrupt 0x[0-9a-fA-F]+ \(.*\) at rip=/
      || $line =~ /^\s*cr2=[0-9a-fA-F]+/
      || $line =~ /^(r[a-z0-9]{1,2}|rip|rsp|rflags) +[0-9a-fA-F]{16}\b/
      || $line =~ /^es: [0-9a-fA-F]{4} ds: [0-9a-fA-F]{4}/;
}

# Returns the lines of EXPECTED, a multi-line string or a reference to a
# list of lines.
sub expected_lines {
    my ($expected) = @_;
    my @lines = ref ($expected) eq 'ARRAY' ? @$expected : split (/\n/, $expected);
    s/[\r\n]+\z// foreach @lines;
    return @lines;
}

# Returns the edit script turning list OLD into list NEW: a list of
# [OP, LINE] with OP ' ' (in both), '-' (OLD only) or '+' (NEW only).  The
# script keeps a longest common subsequence of lines, except that very long
# unequal middles are shown as a plain removal and addition.
sub diff_lines {
    my ($old, $new) = @_;
    my ($n, $m) = (scalar (@$old), scalar (@$new));
    my $head = 0;
    $head++ while $head < $n && $head < $m && $old->[$head] eq $new->[$head];
    my $tail = 0;
    $tail++ while ($tail < $n - $head && $tail < $m - $head
                   && $old->[$n - 1 - $tail] eq $new->[$m - 1 - $tail]);
    my @a = @$old[$head .. $n - $tail - 1];
    my @b = @$new[$head .. $m - $tail - 1];

    my @middle;
    if (@a * @b > MAX_DIFF_CELLS) {
        @middle = ((map { ['-', $_] } @a), (map { ['+', $_] } @b));
    } else {
        @middle = lcs_script (\@a, \@b);
    }
    return ((map { [' ', $_] } @$old[0 .. $head - 1]), @middle,
            (map { [' ', $_] } @$old[$n - $tail .. $n - 1]));
}

# The longest-common-subsequence edit script of lists A and B, for
# diff_lines.  $len[I][J] is the LCS length of A[I..] and B[J..].
sub lcs_script {
    my ($a, $b) = @_;
    my ($n, $m) = (scalar (@$a), scalar (@$b));
    my @len = map { [(0) x ($m + 1)] } 0 .. $n;
    for (my $i = $n - 1; $i >= 0; $i--) {
        for (my $j = $m - 1; $j >= 0; $j--) {
            $len[$i][$j] = $a->[$i] eq $b->[$j] ? $len[$i + 1][$j + 1] + 1
              : $len[$i + 1][$j] >= $len[$i][$j + 1] ? $len[$i + 1][$j]
              : $len[$i][$j + 1];
        }
    }
    my ($i, $j, @script) = (0, 0);
    while ($i < $n && $j < $m) {
        if ($a->[$i] eq $b->[$j]) { push (@script, [' ', $a->[$i]]); $i++; $j++ }
        elsif ($len[$i + 1][$j] >= $len[$i][$j + 1]) { push (@script, ['-', $a->[$i++]]) }
        else { push (@script, ['+', $b->[$j++]]) }
    }
    push (@script, ['-', $a->[$i++]]) while $i < $n;
    push (@script, ['+', $b->[$j++]]) while $j < $m;
    return @script;
}

# Formats edit SCRIPT as unified-style hunks with three lines of context,
# each under a header "@@ -OLD-START,COUNT +NEW-START,COUNT @@".
sub format_diff {
    my (@script) = @_;
    my (@shown, @old_at, @new_at);
    my ($old_line, $new_line) = (1, 1);
    foreach my $k (0 .. $#script) {
        ($old_at[$k], $new_at[$k]) = ($old_line, $new_line);
        $old_line++ if $script[$k][0] ne '+';
        $new_line++ if $script[$k][0] ne '-';
        next if $script[$k][0] eq ' ';
        $shown[$_] = 1 foreach grep { $_ >= 0 && $_ <= $#script } $k - 3 .. $k + 3;
    }
    my $text = '';
    my $k = 0;
    while ($k <= $#script) {
        $k++, next if !$shown[$k];
        my $end = $k;
        $end++ while $end < $#script && $shown[$end + 1];
        my @hunk = @script[$k .. $end];
        my $old_count = grep { $_->[0] ne '+' } @hunk;
        my $new_count = grep { $_->[0] ne '-' } @hunk;
        $text .= "@@ -$old_at[$k],$old_count +$new_at[$k],$new_count @@\n";
        $text .= join ('', map { "$_->[0]$_->[1]\n" } @hunk);
        $k = $end + 1;
    }
    return $text;
}

# Returns LINES as an indented listing under TITLE.
sub listing {
    my ($title, @lines) = @_;
    my $text = "$title\n";
    return $text . "  (no lines)\n" if !@lines;
    my $more = @lines - MAX_LISTED_LINES;
    $#lines = MAX_LISTED_LINES - 1 if $more > 0;
    $text .= join ('', map { "  $_\n" } @lines);
    $text .= "  ... and $more more lines\n" if $more > 0;
    return $text;
}

# Compares the test's output with each acceptable output in EXPECTED (each a
# multi-line string or a reference to a list of lines).  ACTUAL is a
# reference to the lines of the run: the whole output, from which the part
# between "Executing" and "Execution ... complete" is taken, or (when it has
# no Executing line) the test's part already.  OPTIONS may set
# IGNORE_EXIT_CODES (drop "NAME: exit(N)" lines on both sides) and
# IGNORE_USER_FAULTS (drop the kernel's user fault reports from ACTUAL).
# Returns the matching element of EXPECTED; fails if none matches, showing
# the closest one and how it differs.
sub compare_output {
    my ($run, $options, $actual, @expected) = @_;
    my %options = %{$options || {}};
    die "compare_output: no acceptable outputs given\n" if !@expected;
    foreach my $name (keys %options) {
        die "compare_output: unknown option '$name'\n"
          if $name ne IGNORE_EXIT_CODES && $name ne IGNORE_USER_FAULTS;
    }

    my @actual = @$actual;
    my $unfinished;
    if (grep { /^Executing '.*':$/ } @actual) {
        my ($cmdline, $core, $complete) = find_core_output (@actual);
        @actual = @$core;
        $unfinished = "$run: \"Execution of '$cmdline' complete.\" missing: "
          . "the run stopped before the test finished.\n"
          if !$complete;
    }
    my @forms = map { [expected_lines ($_)] } @expected;
    if ($options{+IGNORE_EXIT_CODES}) {
        @actual = grep { $_ !~ $exit_line_re } @actual;
        @$_ = grep { $_ !~ $exit_line_re } @$_ foreach @forms;
    }
    @actual = grep { !is_user_fault_line ($_) } @actual
      if $options{+IGNORE_USER_FAULTS};

    my (@scripts, @distance);
    foreach my $i (0 .. $#forms) {
        if (join ("\n", @{$forms[$i]}, '') eq join ("\n", @actual, '')
            && @{$forms[$i]} == @actual) {
            fail ($unfinished) if defined $unfinished;
            return $expected[$i];
        }
        $scripts[$i] = [diff_lines ($forms[$i], \@actual)];
        $distance[$i] = grep { $_->[0] ne ' ' } @{$scripts[$i]};
    }
    fail (mismatch_report ($run, $unfinished, \%options, \@actual,
                           \@forms, \@scripts, \@distance));
}

# Builds compare_output's failure message: the diff against the closest
# acceptable output first (the part a reader sees in a summary), then the
# full expected and actual listings, then the diffs against the others.
sub mismatch_report {
    my ($run, $unfinished, $options, $actual, $forms, $scripts, $distance) = @_;
    my $count = @$forms;
    my ($best) = sort { $distance->[$a] <=> $distance->[$b] || $a <=> $b }
      0 .. $count - 1;
    my $which = $count == 1 ? '' : sprintf (" %d of %d", $best + 1, $count);

    my $text = $unfinished || '';
    $text .= $count == 1
      ? "$run: output differs from the expected output.\n"
      : "$run: output matches none of the $count acceptable outputs.\n";
    $text .= "Differences from the closest acceptable output$which "
      . "('-' expected only, '+' actual only):\n"
      . format_diff (@{$scripts->[$best]});
    $text .= "(lines 'NAME: exit(N)' were ignored on both sides)\n"
      if $options->{+IGNORE_EXIT_CODES};
    $text .= "(user fault reports were ignored)\n"
      if $options->{+IGNORE_USER_FAULTS};
    $text .= "\n" . listing ($count == 1 ? 'Expected output:'
                             : "Expected output (acceptable output$which):",
                             @{$forms->[$best]});
    $text .= "\n" . listing ('Actual output:', @$actual);
    foreach my $i (grep { $_ != $best } 0 .. $count - 1) {
        $text .= sprintf ("\nDifferences from acceptable output %d of %d:\n",
                          $i + 1, $count)
          . format_diff (@{$scripts->[$i]});
    }
    return $text;
}

# The usual whole check: common_checks, then compare_output of the run's
# output with the acceptable outputs.  Called as
#     check_expected ([EXPECTED...]);
#     check_expected (IGNORE_EXIT_CODES => 1, [EXPECTED...]);
# Returns if the output matched; fails otherwise.
sub check_expected {
    my $expected = pop (@_);
    die "check_expected: the last argument must be a reference to a list "
      . "of acceptable outputs\n" if ref ($expected) ne 'ARRAY';
    die "check_expected: options must come in NAME => VALUE pairs\n" if @_ % 2;
    my %options = @_;
    common_checks ('run', @output);
    get_core_output ('run', @output);
    compare_output ('run', \%options, \@output, @$expected);
}

# For numeric checks: returns "" if ACTUAL is within TOLERANCE of EXPECTED,
# else a line saying WHAT was off and by how much.
sub check_within {
    my ($what, $actual, $expected, $tolerance) = @_;
    return "$what: no value found\n" if !defined $actual;
    return "$what: got '$actual', which is not a number\n"
      if $actual !~ /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
    my $off = $actual - $expected;
    return '' if abs ($off) <= $tolerance;
    return sprintf ("%s: got %s, expected %s +/- %s (off by %s)\n",
                    $what, $actual, $expected, $tolerance, $off);
}

1;
