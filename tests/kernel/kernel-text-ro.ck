# -*- perl -*-
# The store must fault at the address the test names, the fault must be
# reported as a rights violation writing in kernel context, and the
# kernel must panic and power off without going on with the test.
use strict;
use warnings;
use tests::tests;

my ($addr) = map (/writing into kernel code at 0x([0-9a-f]+)/ ? $1 : (),
                  @output);
fail "the test did not say where it writes\n" unless defined $addr;
my ($fault) = grep (/^Page fault at /, @output);
fail "no 'Page fault at' report: the write went unnoticed\n"
  unless defined $fault;
fail "the fault is not at the address written (0x$addr):\n  $fault\n"
  unless $fault =~ /^Page fault at 0x0*\Q$addr\E:/;
fail "the fault is not a rights violation writing in kernel context:\n"
  . "  $fault\n"
  unless $fault =~ /rights violation error writing page in kernel context/;
fail "no 'Kernel PANIC' line after the fault\n"
  unless grep (/Kernel PANIC/, @output);
fail "no 'Call stack:' line after the panic\n"
  unless grep (/^Call stack:/, @output);
fail "no 'Powering off...' after the panic\n"
  unless grep ($_ eq 'Powering off...', @output);
fail "the test went on after the write\n"
  if grep (/succeeded/, @output);
pass;
