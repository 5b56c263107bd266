# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-over-data) begin
(mmap-over-data) mapping over initialized data fails
(mmap-over-data) mapping over an untouched BSS page fails
(mmap-over-data) mapping that starts on the last BSS page fails
(mmap-over-data) the variables keep their values
(mmap-over-data) end
mmap-over-data: exit(0)
EOF
pass;
