# -*- perl -*-
# Makes nested directories through absolute and relative paths, creates
# files in them, and finds each again through absolute paths, relative
# paths, "." and "..".
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-nested) begin
(dir-nested) mkdir /a/b
(dir-nested) chdir /a
(dir-nested) mkdir b/c (relative)
(dir-nested) chdir b/c
(dir-nested) every file found by every path
(dir-nested) end
dir-nested: exit(0)
EOF
pass;
