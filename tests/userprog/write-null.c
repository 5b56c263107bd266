/* Proves that write from a null buffer ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  write (1, NULL, 10);
  fail ("the process survived");
}
