/* Proves that exec keeps the pid: the pid fork returned is the one
   whose wait collects the exec'd program's status, and the next pid is
   no child. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork_exec ("same-pid", "child-exit 21");
  int status = wait (pid);
  CHECK (status == 21, "wait for fork's pid returns the exec'd status");
  CHECK (wait (pid + 1) == -1, "wait for the next pid returns -1");
}
