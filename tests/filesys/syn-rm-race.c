/* Five processes race to remove one file: exactly one succeeds, and the
   name is gone. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  pid_t pids[5];
  int i, won = 0;

  make_pattern_file ("victim", 12, 3000, 3000);
  for (i = 0; i < 5; i++)
    {
      char cmd[32];

      snprintf (cmd, sizeof cmd, "child-fs rm-race %d", i);
      pids[i] = fork_exec ("child-fs", cmd);
    }
  for (i = 0; i < 5; i++)
    {
      int status = wait (pids[i]);

      if (status != 0 && status != 1)
        fail ("child %d exited with %d", i, status);
      won += status;
    }
  CHECK (won == 1, "one remove won");
  CHECK (!exists ("victim"), "victim is gone");
}
