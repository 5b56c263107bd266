/* Proves that create with a name at a kernel address ends the process
   with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  create ((const char *) KERNEL_BASE_ADDR, 0);
  fail ("the process survived");
}
