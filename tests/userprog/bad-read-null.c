/* Proves that reading through a null pointer ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  volatile int *p = NULL;

  msg ("read %d", *p);
  fail ("the process survived");
}
