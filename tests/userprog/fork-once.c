/* Proves that fork returns 0 in the child and the child's pid in the
   parent, that the child runs the same code on, and that wait returns
   the child's exit status. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork ("fork-kid");
  int status;

  if (pid == 0)
    {
      msg ("in the child");
      exit (12);
    }
  status = wait (pid);
  CHECK (pid > 0, "fork returned a pid to the parent");
  CHECK (status == 12, "wait returned %d", status);
}
