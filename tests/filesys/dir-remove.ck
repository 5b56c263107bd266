# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-remove) begin
(dir-remove) mkdir d, create d/f
(dir-remove) remove of a non-empty directory fails
(dir-remove) empty it, and it can be removed
(dir-remove) "/", "." and ".." cannot be removed
(dir-remove) mkdir cwd, chdir cwd
(dir-remove) open /cwd
(dir-remove) remove /cwd, the working directory, succeeds
(dir-remove) nothing can be created or found in it
(dir-remove) the open handle reads empty
(dir-remove) chdir / works, and the name cwd is free again
(dir-remove) end
dir-remove: exit(0)
EOF
pass;
