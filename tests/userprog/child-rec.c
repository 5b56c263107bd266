/* A silent helper: "child-rec N" forks and execs "child-rec N-1", waits
   for it and exits with its status plus one; "child-rec 0" exits with
   0. So a chain of N+1 programs exits with N. */

#include <stdio.h>
#include <stdlib.h>
#include <syscall.h>
#include "tests/lib.h"

const bool silent_program = true;

void
test_main (void)
{
  int depth = test_argc > 1 ? atoi (test_argv[1]) : 0;
  char cmd[32];
  pid_t pid;

  if (depth <= 0)
    exit (0);
  snprintf (cmd, sizeof cmd, "child-rec %d", depth - 1);
  pid = fork ("child-rec");
  if (pid == 0)
    {
      exec (cmd);
      exit (200);
    }
  if (pid < 0)
    exit (201);
  exit (wait (pid) + 1);
}
