/* Proves that read into a buffer at a kernel address ends the process
   with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd = open ("sample.txt");

  if (fd < 2)
    fail ("open \"sample.txt\"");
  read (fd, (void *) KERNEL_BASE_ADDR, 10);
  fail ("the process survived");
}
