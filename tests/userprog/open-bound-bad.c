/* Proves that open with a name that runs into an unmapped page ends the
   process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  open (copy_to_stack_top ("sample.txt", 10));
  fail ("the process survived");
}
