# Checks on the kernel's debug console, for checkers of the diagnostics.
#
# The debug console (port 0xe9) reaches pintos's standard error, which
# the test harness keeps in "$test.errors".  The kernel writes there one
# line per killed process, starting "diag: NAME (pid N) killed: ".

package tests::diag;

use strict;
use warnings;
use Exporter 'import';
use tests::tests;

our @EXPORT = qw(diag_lines diag_line check_no_diag_on_console
                 symbol_address);

# Returns the "diag:" lines of the run's debug console.
sub diag_lines {
    return grep (/^diag: /, read_text_file ("$test.errors"));
}

# Returns the captures of PATTERN applied to what follows "killed: " in
# the diagnostic line of process NAME.  Fails if there is no such line,
# more than one, or if PATTERN does not match it.
sub diag_line {
    my ($name, $pattern) = @_;
    my @lines = grep (/^diag: \Q$name\E \(pid \d+\) /, diag_lines ());
    fail "no diagnostic line for $name in $test.errors\n" if !@lines;
    fail "more than one diagnostic line for $name:\n", map ("$_\n", @lines)
      if @lines > 1;
    my @captures = $lines[0] =~ /^diag: \S+ \(pid \d+\) $pattern/;
    fail "the diagnostic line for $name is not as expected:\n$lines[0]\n"
      if !@captures;
    return @captures;
}

# Fails if a diagnostic reached the serial console, where graders read.
sub check_no_diag_on_console {
    my @leaked = grep (/diag:/, @output);
    fail "diagnostics leaked onto the console:\n", map ("$_\n", @leaked)
      if @leaked;
}

# Returns the address of SYMBOL in the program FILE, as "0x...", using nm.
sub symbol_address {
    my ($file, $symbol) = @_;
    open (my $nm, '-|', 'nm', $file) or fail "cannot run nm on $file: $!\n";
    while (<$nm>) {
        return "0x$1" if /^([0-9a-f]+) \w \Q$symbol\E$/;
    }
    fail "no symbol $symbol in $file\n";
}

1;
