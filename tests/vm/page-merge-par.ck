# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(page-merge-par) begin
(page-merge-par) wrote 4 chunks of 1024 KiB
(child-sort) begin
(child-sort) begin
(child-sort) begin
(child-sort) begin
(page-merge-par) children sorted the chunks
(page-merge-par) merged 1048576 words in order, none lost or changed
(page-merge-par) end
EOF
pass;
