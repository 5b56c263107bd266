# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF', <<'EOF']);
(bss-huge) begin
bss-huge-child: exit(0)
exhaust-child: exit(0)
bss-huge-child: exit(0)
(bss-huge) the child ran or was refused
exhaust-child: exit(0)
(bss-huge) a new process runs
(bss-huge) processes back
(bss-huge) free user pages back
(bss-huge) swap slots back
(bss-huge) open files back
(bss-huge) kernel heap blocks back
(bss-huge) end
bss-huge: exit(0)
EOF
(bss-huge) begin
bss-huge-child: exit(-1)
exhaust-child: exit(0)
bss-huge-child: exit(-1)
(bss-huge) the child ran or was refused
exhaust-child: exit(0)
(bss-huge) a new process runs
(bss-huge) processes back
(bss-huge) free user pages back
(bss-huge) swap slots back
(bss-huge) open files back
(bss-huge) kernel heap blocks back
(bss-huge) end
bss-huge: exit(0)
EOF
pass;
