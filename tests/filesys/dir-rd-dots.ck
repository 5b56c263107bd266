# -*- perl -*-
# readdir skips "." and "..": an empty directory lists nothing, one with
# two files lists exactly those two, and the root lists neither dot name.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-rd-dots) begin
(dir-rd-dots) empty directory lists nothing
(dir-rd-dots) create e/x and e/y
(dir-rd-dots) e lists x and y, once each
(dir-rd-dots) / lists neither . nor ..
(dir-rd-dots) end
dir-rd-dots: exit(0)
EOF
pass;
