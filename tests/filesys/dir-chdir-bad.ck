# -*- perl -*-
# chdir to a file, to a missing name or to an empty name fails and leaves
# the working directory where it was.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-chdir-bad) begin
(dir-chdir-bad) chdir d
(dir-chdir-bad) chdir to a file fails
(dir-chdir-bad) chdir to a missing name fails
(dir-chdir-bad) chdir to an empty name fails
(dir-chdir-bad) chdir through a file fails
(dir-chdir-bad) still in d
(dir-chdir-bad) end
dir-chdir-bad: exit(0)
EOF
pass;
