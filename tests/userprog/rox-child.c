/* Proves that the executable of a running child cannot be written, and
   becomes writable again once the child has exited. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork_exec ("rox-kid", "child-rox 0");
  int fd;

  wait_for_file ("ready-0");
  msg ("the child is running");
  CHECK ((fd = open ("child-rox")) >= 2, "open \"child-rox\"");
  CHECK (write (fd, "ab", 2) == 0, "write to it returns 0");
  CHECK (create ("stop-0", 0), "tell the child to stop");
  int status = wait (pid);
  CHECK (status == 17, "the child exited with 17");
  seek (fd, 0);
  CHECK (write (fd, "ab", 2) == 2, "now write to it returns 2");
}
