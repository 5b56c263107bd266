# -*- perl -*-
use strict;
use warnings;
use tests::tests;
my @expected = ('(exec-recursive) begin');
push @expected, "child-rec: exit($_)" for 0 .. 6;
push @expected, '(exec-recursive) the chain reported depth 6',
  '(exec-recursive) end', 'exec-recursive: exit(0)';
check_expected ([\@expected]);
pass;
