# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(file-seq-read) begin
(file-seq-read) create "seq"
(file-seq-read) open "seq"
(file-seq-read) write 50000 bytes at once
(file-seq-read) read all 50000 bytes back in pieces
(file-seq-read) end
file-seq-read: exit(0)
EOF
pass;
