# -*- perl -*-
# A file created empty grows by 100 writes of changing sizes; after each,
# filesize and tell give the bytes written so far, and the whole reads
# back right.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(grow-seq) begin
(grow-seq) create f empty
(grow-seq) 100 writes grew f to 32750 bytes
(grow-seq) f reads back right
(grow-seq) end
grow-seq: exit(0)
EOF
pass;
