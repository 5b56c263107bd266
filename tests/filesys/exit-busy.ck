# -*- perl -*-
# The program starts three writers and then ends the run; nothing but
# its own lines and the formatting of the mounted disk may appear, and
# the kernel must power off cleanly (no panic).
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(exit-busy) begin
(exit-busy) mount on /m
Formatting file system...done.
(exit-busy) fork writer 0
(exit-busy) fork writer 1
(exit-busy) fork writer 2
(exit-busy) end
EOF
pass;
