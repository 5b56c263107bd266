# -*- perl -*-
# Every round must report one and the same depth; exit lines (hundreds of
# them, from every link and every killed child) are left out.
use strict;
use warnings;
use tests::tests;
common_checks ("run", @output);
my @core = grep (!/^[\w.-]+: exit\(-?\d+\)$/,
                 get_core_output ("run", @output));
my ($depth) = map (/^\(fork-oom\) round 1: depth (\d+)$/ ? $1 : (), @core);
fail "no depth reported for round 1\n" unless defined $depth;
my @expected = ('(fork-oom) begin');
push @expected, "(fork-oom) round $_: depth $depth" for 1 .. 6;
push @expected, '(fork-oom) every round reached the same depth, at least 20',
  '(fork-oom) end';
compare_output ("run", {IGNORE_EXIT_CODES => 1}, \@output, \@expected);
pass;
