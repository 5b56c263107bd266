# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(swap-leak) begin
(child-hog) begin
child-hog: exit(0)
(child-hog) begin
child-hog: exit(1)
(child-hog) begin
child-hog: exit(2)
(child-hog) begin
child-hog: exit(3)
(child-hog) begin
child-hog: exit(4)
(swap-leak) 5 runs of 10 MiB each completed
(swap-leak) end
swap-leak: exit(0)
EOF
pass;
