# -*- perl -*-
# The call must fault fetching the instruction at the data buffer's
# address: the reported fault address and the faulting rip are both the
# buffer, and the error code says a present page (bit 0) was accessed by
# an instruction fetch (bit 4), which only the no-execute bit forbids.
# Then the kernel must panic and power off without going on.
use strict;
use warnings;
use tests::tests;

my ($addr) = map (/calling kernel data at 0x([0-9a-f]+)/ ? $1 : (), @output);
fail "the test did not say what it calls\n" unless defined $addr;
my ($fault) = grep (/^Page fault at /, @output);
fail "no 'Page fault at' report: the data ran unnoticed\n"
  unless defined $fault;
fail "the fault is not at the buffer's address (0x$addr):\n  $fault\n"
  unless $fault =~ /^Page fault at 0x0*\Q$addr\E:/;
fail "the fault is not a rights violation in kernel context:\n  $fault\n"
  unless $fault =~ /rights violation error \w+ page in kernel context/;
my ($rip) = map (/^Interrupt 0x0e .* at rip=0x([0-9a-f]+)/ ? $1 : (),
                 @output);
fail "no register dump for the page fault\n" unless defined $rip;
fail "the faulting instruction (rip=0x$rip) is not the buffer (0x$addr)\n"
  unless hex ($rip) == hex ($addr);
my ($error) = map (/^ error=0x([0-9a-f]+)/ ? hex ($1) : (), @output);
fail "no error code in the register dump\n" unless defined $error;
fail sprintf ("error code %#x is not an instruction fetch from a "
              . "present (no-execute) page\n", $error)
  unless ($error & 0x11) == 0x11 && ($error & 0x2) == 0;
fail "no 'Kernel PANIC' line after the fault\n"
  unless grep (/Kernel PANIC/, @output);
fail "no 'Call stack:' line after the panic\n"
  unless grep (/^Call stack:/, @output);
fail "no 'Powering off...' after the panic\n"
  unless grep ($_ eq 'Powering off...', @output);
fail "the test went on after the call\n"
  if grep (/ran and returned/, @output);
pass;
