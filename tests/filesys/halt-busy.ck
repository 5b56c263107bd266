# -*- perl -*-
# The program starts three writers and halts; nothing but its own lines
# and the formatting of the mounted disk may appear, nothing of it runs
# after halt, and the kernel powers off cleanly (no panic).
use strict;
use warnings;
use tests::tests;
common_checks ("run", @output);
my (@core) = grep (!/^writer: exit\(/, get_core_output ("run", @output));
my (@expected) = ('(halt-busy) begin', '(halt-busy) mount on /m',
                  'Formatting file system...done.',
                  '(halt-busy) fork writer 0', '(halt-busy) fork writer 1',
                  '(halt-busy) fork writer 2');
fail "expected:\n" . join ('', map ("  $_\n", @expected))
  . "got:\n" . join ('', map ("  $_\n", @core))
  unless join ("\n", @core) eq join ("\n", @expected);
pass;
