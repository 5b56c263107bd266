/* Proves that a process gives back every frame and swap slot when it
   ends: five children in turn each use 10 MiB, more than the user
   frames, so that if any one of them left frames or slots behind, a
   later one would run out of memory and be killed. */

#include <stdio.h>
#include "tests/lib.h"

#define RUN_CNT 5

void
test_main (void)
{
  int i;

  for (i = 0; i < RUN_CNT; i++)
    {
      char cmd[32];
      pid_t pid;
      int status;

      snprintf (cmd, sizeof cmd, "child-hog %d", i);
      pid = fork ("child-hog");
      if (pid == 0)
        {
          exec (cmd);
          fail ("exec \"%s\"", cmd);
        }
      if (pid < 0)
        fail ("fork for \"%s\"", cmd);
      status = wait (pid);
      if (status != i)
        fail ("run %d of child-hog exited with %d", i, status);
    }
  msg ("%d runs of 10 MiB each completed", RUN_CNT);
}
