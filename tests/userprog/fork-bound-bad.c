/* Proves that fork with a name that runs into an unmapped page ends the
   caller with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  fork (copy_to_stack_top ("no-end", 6));
  fail ("the process survived");
}
