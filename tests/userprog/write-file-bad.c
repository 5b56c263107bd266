/* Proves that write to a file from a buffer that reaches kernel space
   ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd = open ("sample.txt");

  if (fd < 2)
    fail ("open \"sample.txt\"");
  write (fd, (const void *) (KERNEL_BASE_ADDR - 8), 16);
  fail ("the process survived");
}
