/* Five processes race to create one file name and to make one directory
   name: exactly one wins each race. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  pid_t pids[5];
  int i, created = 0, made = 0;

  for (i = 0; i < 5; i++)
    {
      char cmd[32];

      snprintf (cmd, sizeof cmd, "child-fs same %d", i);
      pids[i] = fork_exec ("child-fs", cmd);
    }
  for (i = 0; i < 5; i++)
    {
      int status = wait (pids[i]);

      if (status < 0 || status > 3)
        fail ("child %d exited with %d", i, status);
      created += status & 1;
      made += status >> 1;
    }
  CHECK (created == 1, "one create of race won");
  CHECK (made == 1, "one mkdir of racedir won");
}
