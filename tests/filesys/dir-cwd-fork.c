/* Proves that the working directory belongs to the process: a forked
   child starts in its parent's, changing its own leaves the parent's
   alone, and exec keeps it (dir-child, run by absolute path, finds a
   file by a relative name and creates one). */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid;
  int status;

  CHECK (mkdir ("w") && chdir ("w") && create ("mine", 0),
         "mkdir w, chdir w, create mine");
  pid = fork ("cwd-child");
  if (pid == 0)
    {
      if (open ("mine") < 2)
        fail ("the child does not start in w");
      if (!chdir ("/") || open ("mine") >= 0)
        fail ("the child could not leave w");
      exit (7);
    }
  status = wait (pid);
  CHECK (status == 7, "a forked child starts in w and leaves it");
  CHECK (open ("mine") > 1, "the parent is still in w");

  pid = fork ("exec-child");
  if (pid == 0)
    exec ("/dir-child mine");
  status = wait (pid);
  CHECK (status == 0, "an exec'd child keeps w");
  CHECK (open ("/w/made") > 1, "it created /w/made");
}
