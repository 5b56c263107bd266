# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(page-parallel) begin
(child-linear) begin
(child-linear) begin
(child-linear) begin
(child-linear) begin
(page-parallel) all 4 children checked their memory
(page-parallel) end
EOF
pass;
