# -*- perl -*-
# Removing the working directory either fails, leaving it whole, or
# succeeds, after which nothing can be created in it; either way the rest
# of the tree stays sound.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF', <<'EOF']);
(dir-rm-cwd) begin
(dir-rm-cwd) chdir /a
(dir-rm-cwd) remove of the working directory succeeded
(dir-rm-cwd) create inside the removed directory fails
(dir-rm-cwd) /a is gone
(dir-rm-cwd) back at the root
(dir-rm-cwd) mkdir /a again
(dir-rm-cwd) create /a/g
(dir-rm-cwd) end
dir-rm-cwd: exit(0)
EOF
(dir-rm-cwd) begin
(dir-rm-cwd) chdir /a
(dir-rm-cwd) remove of the working directory failed
(dir-rm-cwd) create inside it still works
(dir-rm-cwd) remove f
(dir-rm-cwd) chdir /
(dir-rm-cwd) remove /a once it is no one's cwd
(dir-rm-cwd) back at the root
(dir-rm-cwd) mkdir /a again
(dir-rm-cwd) create /a/g
(dir-rm-cwd) end
dir-rm-cwd: exit(0)
EOF
pass;
