/* Proves that exec of a null command line ends the process with -1. */

#include <stdint.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  exec (NULL);
  fail ("the process survived");
}
