# -*- perl -*-
# The shell, driven through the serial console by shell-basic.in: what it
# echoes, what the programs it runs print, and what its built-ins say.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(shell-basic) begin
Shell: type a program name and arguments, or "help".
$ echo hello   shell world
hello shell world
echo: exit(0)
$ echo

echo: exit(0)
$ child-exit 5
child-exit: exit(5)
[child-exit: exit status 5]
$ pwd
/
$ ls
child-exit
echo
hello.txt
shell
shell-basic
$ cat hello.txt
Hello from a file.
Its second line.
$ ls /
child-exit
echo
hello.txt
shell
shell-basic
$ ls hello.txt
hello.txt
$ rm hello.txt
$ ls
child-exit
echo
shell
shell-basic
$ rm hello.txt
rm: hello.txt: cannot remove
$ cat hello.txt
cat: hello.txt: cannot open
$ nosuch arg
load: nosuch: open failed
nosuch: exit(-1)
[nosuch: exit status -1]
$ exit 3
shell: exit(3)
(shell-basic) the shell exited with 3
(shell-basic) end
shell-basic: exit(0)
EOF
pass;
