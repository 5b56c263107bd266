# -*- perl -*-
# Paths with ".", ".." and the root's own ".." name the directories they
# should, as inumber shows.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-dots) begin
(dir-dots) /, a and a/b differ
(dir-dots) /., /.. and /../.. are the root
(dir-dots) a/.. and a/b/../.. are the root
(dir-dots) ./a/./b/.. is a, a/b/. is b
(dir-dots) from a/b, .. is a and ../.. the root
(dir-dots) ../../a/b is a/b
(dir-dots) end
dir-dots: exit(0)
EOF
pass;
