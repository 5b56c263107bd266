# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-fd-exec) begin
(fork-fd-exec) open "sample.txt" as fd 2
(fork-fd-exec) the parent reads 20 bytes
(child-fd) begin
(child-fd) fd 2 holds 'r counted ships until th'
exec-kid: exit(24)
(fork-fd-exec) the child read 24 bytes after exec
(fork-fd-exec) the parent reads 24 bytes
(fork-fd-exec) the parent read 'r counted ships until th'
(fork-fd-exec) end
fork-fd-exec: exit(0)
EOF
pass;
