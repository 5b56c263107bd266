# -*- perl -*-
# A directory that holds a file cannot be removed; once empty, it can, and
# its name is gone.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-rm-full) begin
(dir-rm-full) remove of a non-empty directory fails
(dir-rm-full) remove a/f
(dir-rm-full) remove of the emptied directory
(dir-rm-full) a is gone
(dir-rm-full) the name can be used again
(dir-rm-full) end
dir-rm-full: exit(0)
EOF
pass;
