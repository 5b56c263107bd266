/* Proves that open with a null name ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  open (NULL);
  fail ("the process survived");
}
