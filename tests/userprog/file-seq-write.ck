# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(file-seq-write) begin
(file-seq-write) create "seq"
(file-seq-write) open "seq"
(file-seq-write) wrote 60000 bytes in pieces of varying size
(file-seq-write) verified contents of "seq"
(file-seq-write) end
file-seq-write: exit(0)
EOF
pass;
