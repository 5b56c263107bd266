/* Proves that write from a buffer that runs past the top of the stack
   into unmapped memory ends the process with -1, printing nothing of
   it. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  copy_to_stack_top ("0123456789", 10);
  write (1, (const void *) (USER_STACK_TOP - 10), 20);
  fail ("the process survived");
}
