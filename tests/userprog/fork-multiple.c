/* Proves that a process can have eight children at once, each with a
   pid of its own, and collect every child's status in any order. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

#define KIDS 8

void
test_main (void)
{
  pid_t pids[KIDS];
  int i, j;

  for (i = 0; i < KIDS; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "kid-%d", i);
      pids[i] = fork (name);
      if (pids[i] == 0)
        exit (100 + i);
      if (pids[i] < 0)
        fail ("fork %d failed", i);
      for (j = 0; j < i; j++)
        if (pids[j] == pids[i])
          fail ("children %d and %d have the same pid", j, i);
    }
  msg ("forked %d children with distinct pids", KIDS);
  for (i = KIDS - 1; i >= 0; i -= 2)
    if (wait (pids[i]) != 100 + i)
      fail ("child %d did not exit with %d", i, 100 + i);
  for (i = 0; i < KIDS; i += 2)
    if (wait (pids[i]) != 100 + i)
      fail ("child %d did not exit with %d", i, 100 + i);
  msg ("every child exited with its own status");
}
