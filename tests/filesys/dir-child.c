/* A silent helper for dir-cwd-fork: "dir-child NAME" opens NAME by its
   relative name, then creates "made" beside it; exits 0 if both
   worked, 1 otherwise. */

#include <syscall.h>
#include "tests/lib.h"

const bool silent_program = true;

void
test_main (void)
{
  if (test_argc != 2 || open (test_argv[1]) < 2 || !create ("made", 0))
    exit (1);
  exit (0);
}
