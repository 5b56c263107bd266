# -*- perl -*-
use strict;
use warnings;
use tests::tests;
my @expected = ('(fork-recursive) begin');
push @expected, "level-$_: exit(10)" for reverse 1 .. 10;
push @expected, '(fork-recursive) the chain reached depth 10',
  '(fork-recursive) end', 'fork-recursive: exit(0)';
check_expected ([\@expected]);
pass;
