/* Proves that a forked child cannot write the executable it shares with
   its parent, and that the child's exit does not lift the denial while
   the parent still runs. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork ("rox-kid");
  int fd;

  if (pid == 0)
    {
      fd = open ("rox-fork");
      exit (fd < 2 ? 1 : write (fd, "kid", 3) == 0 ? 0 : 2);
    }
  int status = wait (pid);
  CHECK (status == 0, "the child's write to \"rox-fork\" returned 0");
  CHECK ((fd = open ("rox-fork")) >= 2, "open \"rox-fork\"");
  CHECK (write (fd, "parent", 6) == 0,
         "after the child's exit, the parent's write still returns 0");
}
