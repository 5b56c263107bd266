/* Proves that a forked child can exec another program, which runs with
   the child's name, and that the parent's wait returns that program's
   exit status. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork_exec ("exec-kid", "child-simple");
  int status = wait (pid);
  CHECK (status == 81, "wait returned %d", status);
}
