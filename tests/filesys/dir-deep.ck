# -*- perl -*-
# Builds a chain of 30 nested directories, stores a file at the bottom,
# finds it by its absolute path, and climbs back to the root with 30 steps
# of "..".
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-deep) begin
(dir-deep) built 30 levels
(dir-deep) chdir /
(dir-deep) leaf found by its absolute path
(dir-deep) chdir to the bottom
(dir-deep) 30 steps up reach the root
(dir-deep) end
dir-deep: exit(0)
EOF
pass;
