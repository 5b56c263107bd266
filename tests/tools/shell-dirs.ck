# -*- perl -*-
# The shell in a tree of directories, driven by shell-dirs.in: what it
# echoes, what its built-ins say, and which programs it finds.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(shell-dirs) begin
Shell: type a program name and arguments, or "help".
$ mkdir docs
$ cd docs
$ pwd
/docs
$ mkdir sub
$ ls
sub
$ cd sub
$ pwd
/docs/sub
$ /echo from a subdirectory
from a subdirectory
/echo: exit(0)
$ echo not found here
load: echo: open failed
echo: exit(-1)
[echo: exit status -1]
$ cd ..
$ pwd
/docs
$ cd /
$ rm docs
rm: docs: cannot remove
$ cd /docs/sub
$ pwd
/docs/sub
$ cd /
$ rm docs/sub
$ rm docs
$ ls
echo
shell
shell-dirs
$ cd docs
cd: docs: no such directory (or directories are not supported)
$ pwd
/
$ exit 4
shell: exit(4)
(shell-dirs) the shell exited with 4
(shell-dirs) end
shell-dirs: exit(0)
EOF
pass;
