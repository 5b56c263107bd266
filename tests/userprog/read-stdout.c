/* Proves that reading from fd 1, the console output, fails with -1 and
   leaves the buffer alone. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char buf[8] = "intact";

  CHECK (read (STDOUT_FILENO, buf, sizeof buf) == -1, "read from fd 1 fails");
  CHECK (buf[0] == 'i' && buf[5] == 't', "the buffer is unchanged");
}
