# -*- perl -*-
# The parent waits for the child before it looks, so the order of the
# lines is fixed.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-read) begin
(cow-read) child: both buffer pages copied, holding the file's bytes
child: exit(87)
(cow-read) parent: buffer unchanged, in the same frames
(cow-read) end
cow-read: exit(0)
EOF
pass;
