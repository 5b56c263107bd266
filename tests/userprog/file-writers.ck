# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(file-writers) begin
(file-writers) all 4 writers finished
(file-writers) verified contents of "file-0"
(file-writers) verified contents of "file-1"
(file-writers) verified contents of "file-2"
(file-writers) verified contents of "file-3"
(file-writers) end
EOF
pass;
