# -*- perl -*-
# A failed ASSERT must print the panic line and a call stack whose
# addresses utils/backtrace resolves to the functions that were running,
# and then power off (the run has -q).
use strict;
use warnings;
use tests::tests;

my (@out) = read_text_file ("$test.output");
my ($panic) = grep (/Kernel PANIC/, @out);
fail "no 'Kernel PANIC' line" unless defined $panic;
fail "panic line does not name the assertion:\n$panic\n"
  unless $panic =~ /^Kernel PANIC at tests\/kernel\/panic-assert\.c:\d+ in one_more_frame\(\): assertion `value == 42' failed\.$/;
my ($stack) = grep (/^Call stack:/, @out);
fail "no 'Call stack:' line" unless defined $stack;
fail "no 'Powering off...' after the panic"
  unless grep ($_ eq 'Powering off...', @out);
fail "the test went on after the assertion"
  if grep (/the assertion did not stop/, @out);

my $resolved = `../utils/backtrace -k kernel.o '$stack' 2>&1`;
for my $function (qw (debug_panic one_more_frame test_panic_assert run_test)) {
  fail "backtrace did not resolve $function:\n$resolved"
    unless $resolved =~ /: $function \([^)]*:\d+\)/;
}
pass;
