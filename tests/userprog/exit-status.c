/* Proves that the status given to exit is the one the kernel reports in
   the exit line. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  exit (57);
  fail ("exit returned");
}
