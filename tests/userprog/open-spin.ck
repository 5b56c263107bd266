# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-spin) begin
spinner: exit(0)
(open-spin) 20 creates finished beside the spinning child
(open-spin) end
open-spin: exit(0)
EOF
pass;
