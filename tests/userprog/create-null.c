/* Proves that create with a null name ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  create (NULL, 0);
  fail ("the process survived");
}
