# -*- perl -*-
# A kernel page fault must panic naming the fault address and rip, print
# the registers and a call stack that continues through the interrupt
# frame, and utils/backtrace, given the output file, must resolve the
# faulting instruction exactly (to the faulting line) and the functions
# above it.
use strict;
use warnings;
use tests::tests;

my (@out) = read_text_file ("$test.output");
my ($panic) = grep (/Kernel PANIC/, @out);
fail "no 'Kernel PANIC' line" unless defined $panic;
fail "panic line does not name the fault address and rip:\n$panic\n"
  unless $panic =~ /page fault at 0x18 by the instruction at rip (0x[0-9a-f]+)$/;
my $rip = $1;
fail "no register dump with cr2=0x18"
  unless grep (/cr2=0x0*18$/, @out);
fail "no register dump with r15"
  unless grep (/ r15=0x[0-9a-f]+/, @out);
my ($stack) = grep (/^Call stack:( 0x[0-9a-f]+)+\.$/, @out);
fail "no 'Call stack: 0x...' line" unless defined $stack;
fail "the call stack does not hold the faulting rip $rip:\n$stack\n"
  unless $stack =~ / \Q$rip\E\b/;
fail "no 'Interrupted at rip $rip' line"
  unless grep (/^Interrupted at rip \Q$rip\E /, @out);
fail "the test went on after the fault"
  if grep (/the page fault did not stop/, @out);

# The line of the source that faults.
my ($fault_line) = grep { (read_text_file ("../$test.c"))[$_ - 1]
                            =~ /The faulting line/ } 1 .. 200;

my @resolved = `../utils/backtrace -k kernel.o $test.output 2>&1`;
my $listing = join ('', @resolved);
my ($exact) = grep (/^(0x[0-9a-f]+):/ && hex ($1) == hex ($rip), @resolved);
fail "backtrace did not list the faulting rip:\n$listing" unless defined $exact;
fail "backtrace did not mark the faulting rip as exact:\n$listing"
  unless $exact =~ /\[interrupted\]/;
fail "backtrace resolved the faulting rip to the wrong place "
  . "(want panic-fault.c:$fault_line):\n$listing"
  unless $exact =~ /read_through \(tests\/kernel\/panic-fault\.c:$fault_line\)/;
for my $function (qw (debug_panic page_fault intr_entry read_through
                      one_more_frame test_panic_fault run_test)) {
  fail "backtrace did not resolve $function:\n$listing"
    unless $listing =~ /: $function \([^)]*:\d+\)/;
}
pass;
