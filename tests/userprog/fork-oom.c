/* Proves that processes leak nothing: a chain of forks runs until fork
   fails for lack of memory, and every one of several rounds reaches
   exactly the same depth. Along the way each process leaves a file open
   for exit to close and has a child killed by a fault. */

#include <syscall.h>
#include "tests/lib.h"

#define ROUNDS 6

/* Exit status of a process that found a kernel misbehaving. */
#define BROKEN (-100)

/* Runs at DEPTH in the chain: swaps the file in fd 2 (inherited from
   the parent, or left from the last round) for one of its own, left
   open for exit to close, forks a child that faults and checks that it
   was killed, then forks the next link.
   Returns the depth at which memory first ran out (fork or open
   failed), or BROKEN. */
static int
descend (int depth)
{
  pid_t pid;

  close (2);
  if (open ("fork-oom") != 2)
    return depth;
  pid = fork ("dud");
  if (pid == 0)
    {
      volatile int *p = NULL;
      exit (*p);
    }
  if (pid < 0)
    return depth;
  if (wait (pid) != -1)
    return BROKEN;

  pid = fork ("link");
  if (pid == 0)
    exit (descend (depth + 1));
  if (pid < 0)
    return depth;
  return wait (pid);
}

void
test_main (void)
{
  int first = 0, round;

  for (round = 1; round <= ROUNDS; round++)
    {
      int depth = descend (0);

      if (depth == BROKEN)
        fail ("round %d: a faulting child was not killed", round);
      msg ("round %d: depth %d", round, depth);
      if (round == 1)
        first = depth;
      else if (depth != first)
        fail ("round %d reached depth %d, round 1 reached %d",
              round, depth, first);
    }
  CHECK (first >= 20, "every round reached the same depth, at least 20");
}
