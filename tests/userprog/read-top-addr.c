/* Proves that read into a buffer at the top of the address space ends
   the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd = open ("sample.txt");

  if (fd < 2)
    fail ("open \"sample.txt\"");
  read (fd, (void *) 0xfffffffffffff000UL, 16);
  fail ("the process survived");
}
