# -*- perl -*-
# Reading past the end of hdb must panic with a message that names the
# sectors, the disk and its size, and then power off (the run has -q).
use strict;
use warnings;
use tests::tests;

my (@out) = read_text_file ("$test.output");
fail "the test did not read the last sector first"
  unless grep ($_ eq '(ide-past-end) read the last sector', @out);
fail "the test went on after reading past the end"
  if grep (/read past the end of hdb/, @out);
my ($panic) = grep (/Kernel PANIC/, @out);
fail "no 'Kernel PANIC' line" unless defined $panic;
fail "panic line does not describe the bad request:\n$panic\n"
  unless $panic =~ /block_read: sectors 4095\.\.4096 of hdb lie past/
         && $panic =~ /its end \(4096 sectors\)/;
fail "no 'Powering off...' after the panic"
  unless grep ($_ eq 'Powering off...', @out);
pass;
