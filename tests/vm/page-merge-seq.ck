# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(page-merge-seq) begin
(page-merge-seq) wrote 4 chunks of 1024 KiB
(child-sort) begin
child-sort: exit(0)
(child-sort) begin
child-sort: exit(1)
(child-sort) begin
child-sort: exit(2)
(child-sort) begin
child-sort: exit(3)
(page-merge-seq) children sorted the chunks
(page-merge-seq) merged 1048576 words in order, none lost or changed
(page-merge-seq) end
page-merge-seq: exit(0)
EOF
pass;
