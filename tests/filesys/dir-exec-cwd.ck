# -*- perl -*-
# exec keeps the working directory: a child started in a subdirectory
# opens a file there by its relative name.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-exec-cwd) begin
(dir-exec-cwd) chdir a
child-fs: exit(3)
(dir-exec-cwd) the child found a/here by its relative name
(dir-exec-cwd) end
dir-exec-cwd: exit(0)
EOF
pass;
