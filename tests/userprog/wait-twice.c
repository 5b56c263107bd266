/* Proves that a child can be waited for only once: the second wait
   returns -1 at once. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork ("once-kid");

  if (pid == 0)
    exit (44);
  int status = wait (pid);
  CHECK (status == 44, "the first wait returns 44");
  CHECK (wait (pid) == -1, "the second wait returns -1");
}
