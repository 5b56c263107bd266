/* Proves that exec moves write denial from the old executable to the
   new one: once a process has exec'd away from a program that nobody
   else runs, that program is writable, while the new one is not. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork_exec ("rox-kid", "child-exec child-rox 0");
  int old_fd, new_fd;

  wait_for_file ("ready-0");
  msg ("the child has exec'd child-exec, then child-rox");
  CHECK ((old_fd = open ("child-exec")) >= 2, "open \"child-exec\"");
  CHECK (write (old_fd, "ab", 2) == 2, "write to it returns 2");
  CHECK ((new_fd = open ("child-rox")) >= 2, "open \"child-rox\"");
  CHECK (write (new_fd, "ab", 2) == 0, "write to it returns 0");
  CHECK (create ("stop-0", 0), "tell the child to stop");
  int status = wait (pid);
  CHECK (status == 17, "the child exited with 17");
}
