/* Runs examples/shell with the lines of shell-dirs.in typed on the
   serial console (pintos --input): mkdir, cd (relative, absolute and
   ".."), pwd, ls of a subdirectory, a program run by its absolute path
   from a subdirectory, and rm of a non-empty and then an empty
   directory.  The shell must end with the status its "exit" command
   gives. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork_exec ("shell", "shell");
  int status = wait (pid);

  CHECK (status == 4, "the shell exited with %d", status);
}
