# -*- perl -*-
# The overflow must end in a panic that says "kernel stack overflow" and
# names the thread, after which the kernel powers off (-q).
use strict;
use warnings;
use tests::tests;

my ($panic) = grep (/Kernel PANIC/, @output);
fail "no 'Kernel PANIC' line: the overflow went unnoticed\n"
  unless defined $panic;
fail "the panic does not report a kernel stack overflow in 'overflower':\n"
  . "  $panic\n"
  unless $panic =~ /kernel stack overflow in thread overflower\b/;
fail "no 'Call stack:' line after the panic\n"
  unless grep (/^Call stack:/, @output);
fail "no 'Powering off...' after the panic\n"
  unless grep ($_ eq 'Powering off...', @output);
fail "the test went on after the overflow\n"
  if grep (/came back/, @output);
pass;
