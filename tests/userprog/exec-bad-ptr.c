/* Proves that exec of a command line at a kernel address ends the
   process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  exec ((const char *) KERNEL_BASE_ADDR);
  fail ("the process survived");
}
