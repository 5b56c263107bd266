# -*- perl -*-
# Removing a directory that is open either fails or succeeds; if it
# succeeds the open directory lists nothing and accepts no new entries,
# and its name can be reused.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF', <<'EOF']);
(dir-rm-open) begin
(dir-rm-open) remove of the open directory succeeded
(dir-rm-open) readdir on it finds nothing
(dir-rm-open) create inside it fails
(dir-rm-open) the name a is free again
(dir-rm-open) the new a is empty
(dir-rm-open) end
dir-rm-open: exit(0)
EOF
(dir-rm-open) begin
(dir-rm-open) remove of the open directory failed
(dir-rm-open) create inside it still works
(dir-rm-open) readdir finds x
(dir-rm-open) end
dir-rm-open: exit(0)
EOF
pass;
