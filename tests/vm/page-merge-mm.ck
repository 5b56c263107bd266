# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(page-merge-mm) begin
(page-merge-mm) wrote 4 chunks of 1024 KiB
(child-sort-mm) begin
(child-sort-mm) begin
(child-sort-mm) begin
(child-sort-mm) begin
(page-merge-mm) children sorted the chunks
(page-merge-mm) merged 1048576 words in order, none lost or changed
(page-merge-mm) end
EOF
pass;
