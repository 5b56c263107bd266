# -*- perl -*-
# halt powers off at once: the test begins, then nothing of it runs again,
# not even an exit line, and the kernel still shuts down cleanly.
use strict;
use warnings;
use tests::tests;
common_checks ("run", @output);
my (@core) = get_core_output ("run", @output);
fail "expected only '(halt) begin' from the program, got:\n"
  . join ('', map ("  $_\n", @core))
  unless @core == 1 && $core[0] eq '(halt) begin';
pass;
