/* Proves that a child outlives a parent that exits without waiting: the
   orphan keeps running, uses the file system, and finishes. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t middle = fork ("middle");
  int fd;

  if (middle == 0)
    {
      pid_t orphan = fork ("orphan");
      if (orphan == 0)
        {
          wait_for_file ("go");
          if (!create ("orphan-done", 6))
            exit (1);
          fd = open ("orphan-done");
          write (fd, "orphan", 6);
          exit (3);
        }
      exit (orphan > 0 ? 2 : 1);
    }
  int status = wait (middle);
  CHECK (status == 2, "the middle process exited without waiting");
  CHECK (create ("go", 0), "create \"go\" to wake the orphan");
  wait_for_file ("orphan-done");
  msg ("the orphan finished its work");
}
