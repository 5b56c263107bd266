/* Proves that forked children can fork in turn: a chain ten processes
   deep passes each depth back up through wait. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

#define DEPTH 10

/* Forks a child at LEVEL + 1 (or stops at DEPTH) and returns the depth
   the chain below reached. */
static int
descend (int level)
{
  char name[16];
  pid_t pid;

  if (level == DEPTH)
    return level;
  snprintf (name, sizeof name, "level-%d", level + 1);
  pid = fork (name);
  if (pid == 0)
    exit (descend (level + 1));
  if (pid < 0)
    fail ("fork at level %d failed", level);
  return wait (pid);
}

void
test_main (void)
{
  int depth = descend (0);

  CHECK (depth == DEPTH, "the chain reached depth %d", depth);
}
