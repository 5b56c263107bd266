/* Proves that fork reads a child name that straddles a page boundary,
   as the child's exit line shows. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  const char *name = copy_across_page ("split-kid", 10, 5);
  pid_t pid = fork (name);

  if (pid == 0)
    exit (5);
  int status = wait (pid);
  CHECK (status == 5, "the child exited with 5");
}
