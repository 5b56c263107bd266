# -*- perl -*-
# The root cannot be removed by any of its names, and stays usable after
# the attempts.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dir-rm-root) begin
(dir-rm-root) remove / fails
(dir-rm-root) remove /. fails
(dir-rm-root) remove /.. fails
(dir-rm-root) remove a/.. fails
(dir-rm-root) create /x
(dir-rm-root) the root still lists its entries
(dir-rm-root) end
dir-rm-root: exit(0)
EOF
pass;
