# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fs-basic) begin
(fs-basic) names: 14 characters ok; 15, empty and duplicate refused
(fs-basic) read, write, seek and tell behave
(fs-basic) removed file still readable and writable while open
(fs-basic) sectors freed at the last close
(fs-basic) no sectors, inodes or heap blocks leaked
(fs-basic) end
EOF
pass;
