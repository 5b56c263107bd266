/* A silent helper that reads through a null pointer; the kernel must
   end it with status -1. */

#include <syscall.h>
#include "tests/lib.h"

const bool silent_program = true;

void
test_main (void)
{
  volatile int *p = NULL;

  exit (*p);
}
