/* Proves that write from a buffer at a kernel address ends the process
   with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  write (1, (const void *) (KERNEL_BASE_ADDR + 0x200000), 10);
  fail ("the process survived");
}
