# -*- perl -*-
# Data written just before halt, with the file still open, reaches the
# disk; this run checks only that the program got as far as halt (the
# two-boot variant cache-halt-persistence reads the disk back).
use strict;
use warnings;
use tests::tests;
common_checks ("run", @output);
my @core = get_core_output ("run", @output);
my @want = ('(cache-halt) begin', '(cache-halt) create h/f',
            '(cache-halt) write 5000 bytes, then halt');
fail "expected only these lines before the halt:\n"
  . join ('', map ("  $_\n", @want)) . "got:\n"
  . join ('', map ("  $_\n", @core))
  unless "@core" eq "@want";
pass;
