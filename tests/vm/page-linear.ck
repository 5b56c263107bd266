# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(page-linear) begin
(page-linear) wrote 10 MiB
(page-linear) some pages of the array were evicted
(page-linear) read back all 1310720 words
(page-linear) end
page-linear: exit(0)
EOF
pass;
