# -*- perl -*-
use strict;
use warnings;
use tests::tests;
my @args = ('child-args',
            map (sprintf ("arg%02d-abcdefghijklmnopqrstuvwxy", $_), 0 .. 39));
my $len = length join (' ', @args);
my @expected = ('(args-long) begin',
                "(args-long) exec a command line of $len bytes",
                '(child-args) begin', '(child-args) argc = ' . scalar @args);
push @expected, "(child-args) argv[$_] = '$args[$_]'" for 0 .. $#args;
push @expected, 'args-long: exit(41)';
check_expected ([\@expected]);
pass;
