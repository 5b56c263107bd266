# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(ide-roles) begin
(ide-roles) kernel: hda
(ide-roles) filesys: hdb, 4096 sectors
(ide-roles) scratch: none
(ide-roles) swap: hdd, 8192 sectors
(ide-roles) hdc and hde-hdh are absent
(ide-roles) device hda (kernel)
(ide-roles) device hdb (filesys)
(ide-roles) device hdd (swap)
(ide-roles) hda holds the loader, the command line and the kernel
(ide-roles) ide_get_counts counted 3 reads and 1 write on hdb
(ide-roles) ide_get_counts finds no absent disk
(ide-roles) end
EOF
pass;
