# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(palloc-exhaust) begin
(palloc-exhaust) user pool: drained and fully returned
(palloc-exhaust) user pool: drained and fully returned
(palloc-exhaust) kernel pool: drained and fully returned
(palloc-exhaust) end
EOF
pass;
