# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-close-new) begin
(dup2-close-new) create "other" of 5 zero bytes
(dup2-close-new) open "sample.txt" as fd 2
(dup2-close-new) open "other" as fd 3
(dup2-close-new) dup2 (2, 3) returns 3
(dup2-close-new) fd 3 is now sample.txt (187 bytes)
(dup2-close-new) fd 3 reads 'T'
(dup2-close-new) after closing both, open gives fd 2
(dup2-close-new) and then fd 3
(dup2-close-new) end
dup2-close-new: exit(0)
EOF
pass;
