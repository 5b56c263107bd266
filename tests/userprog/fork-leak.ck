# -*- perl -*-
use strict;
use warnings;
use tests::tests;
our ($test);
my (@output) = read_text_file ("$test.output");
common_checks ("run", @output);
my (@core) = grep (!/^leaker: exit\(\d+\)$/, get_core_output ("run", @output));
my ($exits) = scalar (grep (/^leaker: exit\(\d+\)$/, @output));
fail "expected 1010 child exit lines, found $exits\n" if $exits != 1010;
my (@bad) = grep (/unchanged/ && !/\((\d+) before, \1 after\)/, @core);
fail "counters moved:\n" . join ('', map ("  $_\n", @bad)) if @bad;
my (@expected) = ('(fork-leak) begin',
                  '(fork-leak) 1000 fork/exit/wait cycles done');
foreach my $what ('free user pages', 'free kernel pages', 'open files',
                  'processes', 'kernel heap blocks') {
  fail "no check of $what\n"
    unless grep (/^\(fork-leak\) \Q$what\E unchanged \((\d+) before, \1 after\)$/,
                 @core);
}
fail "missing begin, end or the cycle count:\n" . join ('', map ("  $_\n", @core))
  unless $core[0] eq $expected[0] && $core[1] eq $expected[1]
         && grep ($_ eq '(fork-leak) end', @core)
         && grep ($_ eq 'fork-leak: exit(0)', @core);
pass;
