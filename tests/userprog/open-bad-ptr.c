/* Proves that open with a name at a kernel address ends the process
   with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  open ((const char *) (KERNEL_BASE_ADDR + 0x1000));
  fail ("the process survived");
}
