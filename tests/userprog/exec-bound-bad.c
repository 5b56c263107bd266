/* Proves that exec of a command line that runs into an unmapped page
   ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  exec (copy_to_stack_top ("child-simple", 12));
  fail ("the process survived");
}
