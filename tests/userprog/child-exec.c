/* A silent helper: "child-exec CMD ARGS..." execs "CMD ARGS...", so a
   test can run a program whose process began as another one. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

const bool silent_program = true;

void
test_main (void)
{
  static char cmd[256];
  int i;

  for (i = 1; i < test_argc; i++)
    {
      if (i > 1)
        strlcat (cmd, " ", sizeof cmd);
      strlcat (cmd, test_argv[i], sizeof cmd);
    }
  exec (cmd);
  exit (99);
}
