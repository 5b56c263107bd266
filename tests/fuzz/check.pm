# The verdict on a run of the system-call fuzzer: the run was sound (no
# panic, timeout or Leak line, see tests::tests), the driver reached its
# end, and every count it compares came back.
package tests::fuzz::check;

use strict;
use warnings;
use tests::tests;
use Exporter 'import';
our @EXPORT = qw (check_fuzz);

sub check_fuzz {
    common_checks ("run", @output);
    my (@core) = get_core_output ("run", @output);
    my ($name) = map { /^\((\S+)\) begin$/ ? $1 : () } @core;
    fail "the fuzzer never began\n" if !defined $name;
    my (@lines) = grep (/^\(\Q$name\E\) /, @core);
    my (@leaks) = grep (/\bLeak: /, @lines);
    fail "counts did not come back:\n" . join ('', map ("  $_\n", @leaks))
      if @leaks;
    fail "no summary line: the fuzzer did not finish\n"
      if !grep (/^\(\Q$name\E\) done: \d+ calls/, @lines);
    foreach my $what ('processes', 'free user pages', 'swap slots',
                      'open files', 'kernel heap blocks') {
        fail "no check of $what\n"
          if !grep (/^\(\Q$name\E\) \Q$what\E back: \d+$/, @lines);
    }
    fail "no final verdict\n"
      if !grep ($_ eq "($name) all counts back", @lines);
    fail "no end line\n" if !grep ($_ eq "($name) end", @lines);
    fail "the fuzzer did not exit with 0\n"
      if !grep ($_ eq "$name: exit(0)", @core);
    pass;
}

1;
