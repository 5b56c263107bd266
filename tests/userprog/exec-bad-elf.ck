# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-bad-elf) begin
child: exit(-1)
child: exit(-1)
child: exit(-1)
child: exit(-1)
child: exit(-1)
child: exit(-1)
child: exit(-1)
child: exit(-1)
child: exit(-1)
child: exit(-1)
child: exit(-1)
(exec-bad-elf) rejected: the wrong machine
child: exit(-1)
(exec-bad-elf) rejected: 65535 program headers
child: exit(-1)
(exec-bad-elf) rejected: headers past the end
child: exit(-1)
(exec-bad-elf) rejected: a segment past the end
child: exit(-1)
(exec-bad-elf) rejected: a segment in kernel space
child: exit(-1)
(exec-bad-elf) rejected: memsz below filesz
child: exit(-1)
(exec-bad-elf) rejected: offset and address misaligned
child: exit(-1)
(exec-bad-elf) rejected: a request for a dynamic loader
child: exit(-1)
(exec-bad-elf) rejected: a truncated file
child: exit(-1)
(exec-bad-elf) rejected: no ELF header at all
(exec-bad-elf) failed loads leaked nothing
(exec-bad-elf) end
exec-bad-elf: exit(0)
EOF
pass;
