/* Proves that read into a buffer whose end runs past the top of the
   stack into unmapped memory ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd = open ("sample.txt");

  if (fd < 2)
    fail ("open \"sample.txt\"");
  read (fd, (void *) (USER_STACK_TOP - 50), 100);
  fail ("the process survived");
}
