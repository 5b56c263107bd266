/* A forked child starts in its parent's working directory; its own
   chdir does not move the parent. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  pid_t pid;
  int status;

  mkdir_or_fail ("a");
  make_pattern_file ("a/here", 11, 100, 100);
  CHECK (chdir ("a"), "chdir a");
  pid = fork ("child");
  if (pid == 0)
    {
      check_pattern_file ("here", 11, 100);
      msg ("child finds here in a");
      if (!chdir ("/"))
        fail ("child: chdir / failed");
      exit (5);
    }
  if (pid < 0)
    fail ("fork failed");
  status = wait (pid);
  CHECK (status == 5, "the child exited with 5");
  check_pattern_file ("here", 11, 100);
  msg ("parent is still in a");
}
