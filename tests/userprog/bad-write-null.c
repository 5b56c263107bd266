/* Proves that writing through a null pointer ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  volatile int *p = NULL;

  *p = 7;
  fail ("the process survived");
}
