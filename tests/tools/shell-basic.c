/* Runs examples/shell with the lines of shell-basic.in typed on the
   serial console (pintos --input): programs with arguments and their
   exit statuses, pwd, and the built-ins that work on a file system
   without directories (ls, cat, rm), with their errors.  The shell must
   end with the status its "exit" command gives. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork_exec ("shell", "shell");
  int status = wait (pid);

  CHECK (status == 3, "the shell exited with %d", status);
}
