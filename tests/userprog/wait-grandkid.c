/* Proves that wait refuses a grandchild: only direct children can be
   waited for. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t middle = fork ("middle");
  int grandchild;

  if (middle == 0)
    {
      pid_t pid = fork ("grandkid");
      if (pid == 0)
        exit (8);
      if (wait (pid) != 8)
        exit (-2);
      exit (pid);
    }
  grandchild = wait (middle);
  CHECK (grandchild > 0, "the middle child reported its child's pid");
  CHECK (grandchild != middle,
         "the grandchild's pid differs from the child's");
  CHECK (wait (grandchild) == -1, "wait for the grandchild returns -1");
}
