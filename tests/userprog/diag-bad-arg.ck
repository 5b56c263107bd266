# -*- perl -*-
# The console shows only the exit lines; the debug console names the
# system call, the bad argument's position and name, and its value.
use strict;
use warnings;
use tests::tests;
use tests::diag;

check_expected ([<<'EOF']);
(diag-bad-arg) begin
bad-write: exit(-1)
(diag-bad-arg) bad-write was killed
bad-open: exit(-1)
(diag-bad-arg) bad-open was killed
(diag-bad-arg) end
diag-bad-arg: exit(0)
EOF
check_no_diag_on_console ();

my $bad_arg = qr/killed: bad argument (\d) \((\w+)\) of (\w+): (0x[0-9a-f]+) rip 0x[0-9a-f]+; page: (.*)$/;

my ($index, $name, $call, $value, $page) = diag_line ('bad-write', $bad_arg);
fail "bad-write: expected argument 1 (buffer) of write, got "
  . "$index ($name) of $call\n"
  if "$index $name $call" ne '1 buffer write';
fail "bad-write: value $value, expected 0x20000000\n"
  if hex ($value) != 0x20000000;
fail "bad-write: no page should be there: $page\n" if $page ne 'none';

($index, $name, $call, $value, $page) = diag_line ('bad-open', $bad_arg);
fail "bad-open: expected argument 0 (file) of open, got "
  . "$index ($name) of $call\n"
  if "$index $name $call" ne '0 file open';
fail "bad-open: value $value, expected 0x8004001000\n"
  if $value ne '0x8004001000';
fail "bad-open: page should be named a kernel address: $page\n"
  if $page ne 'none (kernel address)';
pass;
