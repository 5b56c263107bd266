# -*- perl -*-
# The console shows only the exit lines; the debug console, in the
# .errors file, has one "diag:" line per killed child that names the
# fault address, the access and the page's state.
use strict;
use warnings;
use tests::tests;
use tests::diag;

check_expected ([<<'EOF']);
(diag-fault) begin
wr-code: exit(-1)
(diag-fault) wr-code was killed
rd-hole: exit(-1)
(diag-fault) rd-hole was killed
jmp-stack: exit(-1)
(diag-fault) jmp-stack was killed
(diag-fault) end
diag-fault: exit(0)
EOF
check_no_diag_on_console ();

my $fault = qr/killed: page fault at (0x[0-9a-f]+) rip (0x[0-9a-f]+): (\S+) (\S+) in user mode; page: (.*)$/;

# A write to the program's code: the address is test_main's, the page
# is present but read-only.
my $code = symbol_address ('tests/userprog/diag-fault', 'test_main');
my ($addr, $rip, $kind, $access, $page) = diag_line ('wr-code', $fault);
fail "wr-code: fault address $addr, but test_main is at $code\n"
  if hex ($addr) != hex ($code);
fail "wr-code: expected a protection write, got $kind $access\n"
  if $kind ne 'protection' || $access ne 'write';
fail "wr-code: page should be resident and read-only: $page\n"
  if $page !~ /\b(ANON|FILE)\b.* resident read-only/;

# A read of an address no page covers.
($addr, $rip, $kind, $access, $page) = diag_line ('rd-hole', $fault);
fail "rd-hole: fault address $addr, expected 0x10000000\n"
  if hex ($addr) != 0x10000000;
fail "rd-hole: expected a not-present read, got $kind $access\n"
  if $kind ne 'not-present' || $access ne 'read';
fail "rd-hole: no page should be there: $page\n" if $page ne 'none';

# A jump into the stack: the instruction is the fault address, an
# execute of a writable stack page that may not be executed.
($addr, $rip, $kind, $access, $page) = diag_line ('jmp-stack', $fault);
fail "jmp-stack: rip $rip differs from the fault address $addr\n"
  if hex ($addr) != hex ($rip);
fail "jmp-stack: expected a protection execute, got $kind $access\n"
  if $kind ne 'protection' || $access ne 'execute';
fail "jmp-stack: page should be a resident writable stack page: $page\n"
  if $page !~ /ANON \(stack\) resident writable/ || $page =~ /executable/;
pass;
