/* Proves that read into the program's own read-only code ends the
   process with -1 instead of changing the code. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd = open ("sample.txt");

  if (fd < 2)
    fail ("open \"sample.txt\"");
  read (fd, (void *) test_main, 40);
  fail ("the process survived");
}
