/* Proves that remove with a name pointing at unmapped user memory ends
   the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  remove ((const char *) 0x10000000);
  fail ("the process survived");
}
