/* Proves that create with a name that runs off the end of the mapped
   memory (no terminator before an unmapped page) ends the process with
   -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  create (copy_to_stack_top ("unterminated", 12), 0);
  fail ("the process survived");
}
