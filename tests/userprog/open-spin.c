/* Proves that a process calling open in a tight loop cannot shut other
   processes out of the file system: while a child polls for a missing
   file without pause, the parent still creates 20 files, the last of
   which ends the child's loop. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  pid_t pid = fork ("spinner");
  char name[16];
  int i, fd, status;

  if (pid == 0)
    {
      while ((fd = open ("spin-19")) < 0)
        continue;
      exit (0);
    }
  for (i = 0; i < 20; i++)
    {
      snprintf (name, sizeof name, "spin-%d", i);
      if (!create (name, 0))
        fail ("create \"%s\"", name);
    }
  status = wait (pid);
  CHECK (status == 0, "20 creates finished beside the spinning child");
}
