/* Proves that an executable run by three processes stays unwritable
   until the last of them has exited. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

/* Tells child I to stop and waits for it. */
static void
stop_child (pid_t pid, int i)
{
  char name[16];

  snprintf (name, sizeof name, "stop-%d", i);
  if (!create (name, 0) || wait (pid) != 17)
    fail ("child %d did not stop cleanly", i);
}

void
test_main (void)
{
  pid_t pids[3];
  int fd, i;

  pids[0] = fork_exec ("rox-a", "child-rox 0");
  pids[1] = fork_exec ("rox-b", "child-rox 1");
  pids[2] = fork_exec ("rox-c", "child-rox 2");
  wait_for_file ("ready-0");
  wait_for_file ("ready-1");
  wait_for_file ("ready-2");
  msg ("three children run child-rox");
  CHECK ((fd = open ("child-rox")) >= 2, "open \"child-rox\"");
  for (i = 0; i < 2; i++)
    {
      stop_child (pids[i], i);
      CHECK (write (fd, "x", 1) == 0,
             "with %d still running, write returns 0", 2 - i);
    }
  stop_child (pids[2], 2);
  CHECK (write (fd, "x", 1) == 1, "with none running, write returns 1");
}
