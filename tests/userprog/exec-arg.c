/* Proves that exec splits its command line into arguments for the new
   program, double spaces included. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork_exec ("args-kid", "child-args  first   second x");

  int status = wait (pid);
  CHECK (status == 4, "the child saw 4 arguments");
}
