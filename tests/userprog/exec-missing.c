/* Proves that exec of a program that does not exist ends the caller
   with -1 after the loader's message, and the parent learns -1. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork_exec ("lost-kid", "no-such-prog with args");

  int status = wait (pid);
  CHECK (status == -1, "wait returned -1");
}
