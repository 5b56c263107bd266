/* Proves that mount and remove of the same directory, racing in two
   processes, never leave a volume mounted over a removed directory:
   whenever mount succeeds, the directory is still there and umount of
   it succeeds, and at the end the disk can be mounted again. */

#include <syscall.h>
#include "tests/lib.h"

/* Rounds of the mounting process. */
#define ROUNDS 300

/* Makes and removes /m, over and over, until the file "done" exists. */
static void
remover (void)
{
  int fd;

  while ((fd = open ("done")) < 0)
    {
      mkdir ("/m");
      remove ("/m");
    }
  close (fd);
}

void
test_main (void)
{
  int i, mounted = 0;
  pid_t pid;

  CHECK (mkdir ("/m") && mount ("/m", 2, 0) == 0 && umount ("/m") == 0,
         "mount and umount once (formats the disk)");
  pid = fork ("remover");
  if (pid == 0)
    {
      remover ();
      exit (0);
    }
  CHECK (pid > 0, "fork the remover");
  for (i = 0; i < ROUNDS; i++)
    {
      mkdir ("/m");
      if (mount ("/m", 2, 0) == 0)
        {
          mounted++;
          if (umount ("/m") != 0)
            fail ("round %d: mounted over /m, then umount of /m failed", i);
        }
    }
  CHECK (create ("done", 0) && wait (pid) == 0, "the remover is done");
  CHECK (mounted > 0, "mount won the race at least once");
  CHECK (mkdir ("/z") && mount ("/z", 2, 0) == 0 && umount ("/z") == 0,
         "the disk mounts again afterwards");
}
