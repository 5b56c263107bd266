# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(file-readers) begin
(file-readers) create "shared"
(file-readers) open "shared"
(file-readers) write 65536 bytes
(file-readers) all 4 readers saw the right bytes
(file-readers) end
EOF
pass;
