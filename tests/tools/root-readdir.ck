# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(root-readdir) begin
(root-readdir) create "alpha"
(root-readdir) create "beta"
(root-readdir) open "/"
(root-readdir) isdir is true for "/"
(root-readdir) readdir returned the 3 names, then false
(root-readdir) readdir at the end stays false
(root-readdir) read from the directory fails
(root-readdir) write to the directory fails
(root-readdir) mmap of the directory fails
(root-readdir) open "alpha"
(root-readdir) isdir is false for a file
(root-readdir) readdir of a file fails
(root-readdir) isdir is false for the keyboard and a bad descriptor
(root-readdir) remove "/" fails
bad-readdir: exit(-1)
(root-readdir) readdir with a bad buffer ends the caller
(root-readdir) end
root-readdir: exit(0)
EOF
pass;
