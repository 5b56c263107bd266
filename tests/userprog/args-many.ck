# -*- perl -*-
use strict;
use warnings;
use tests::tests;
my @args = ('args-many', map ("word$_", 1 .. 30));
my @expected = ('(args-many) begin', '(args-many) argc = ' . scalar @args);
push @expected, "(args-many) argv[$_] = '$args[$_]'" for 0 .. $#args;
push @expected, '(args-many) end', 'args-many: exit(0)';
check_expected ([\@expected]);
pass;
