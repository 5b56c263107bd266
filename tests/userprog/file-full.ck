# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(file-full) begin
(file-full) a 12 MB file does not fit on a 10 MB disk
(file-full) filled the disk with between 8 and 10 MB of files
(file-full) then a 4 kB file does not fit
(file-full) open "fill-00"
(file-full) write its last byte
(file-full) read it back
(file-full) after emptying it, the disk took exactly as much again
(file-full) end
file-full: exit(0)
EOF
pass;
