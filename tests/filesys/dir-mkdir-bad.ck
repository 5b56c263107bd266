# -*- perl -*-
# mkdir fails for an empty name, a name taken by a file or directory, a
# missing parent and a parent that is a file; create fails on a
# directory's name.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-mkdir-bad) begin
(dir-mkdir-bad) mkdir "" fails
(dir-mkdir-bad) mkdir a
(dir-mkdir-bad) mkdir a again fails
(dir-mkdir-bad) create f
(dir-mkdir-bad) mkdir f (a file) fails
(dir-mkdir-bad) create a (a directory) fails
(dir-mkdir-bad) mkdir missing/x fails
(dir-mkdir-bad) mkdir f/x (parent is a file) fails
(dir-mkdir-bad) a is still empty
(dir-mkdir-bad) end
dir-mkdir-bad: exit(0)
EOF
pass;
