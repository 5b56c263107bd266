/* A silent helper: "child-exit N" exits with status N at once. */

#include <stdlib.h>
#include <syscall.h>
#include "tests/lib.h"

const bool silent_program = true;

void
test_main (void)
{
  exit (test_argc > 1 ? atoi (test_argv[1]) : 0);
}
