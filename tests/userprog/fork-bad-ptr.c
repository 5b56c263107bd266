/* Proves that fork with a name at a kernel address ends the caller with
   -1 and creates no child. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  fork ((const char *) KERNEL_BASE_ADDR);
  fail ("the process survived");
}
