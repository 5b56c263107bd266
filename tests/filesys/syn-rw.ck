# -*- perl -*-
# Three processes read one file while two rewrite it with the same bytes,
# all at once: every read sees the right bytes.
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(syn-rw) begin
(syn-rw) readers and writers agree
(syn-rw) end
EOF
pass;
