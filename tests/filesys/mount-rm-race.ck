# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(mount-rm-race) begin
(mount-rm-race) mount and umount once (formats the disk)
Formatting file system...done.
(mount-rm-race) fork the remover
(mount-rm-race) the remover is done
(mount-rm-race) mount won the race at least once
(mount-rm-race) the disk mounts again afterwards
(mount-rm-race) end
EOF
pass;
