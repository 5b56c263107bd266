/* Helpers of halt-busy and exit-busy: processes that keep the file
   system busy (on the root volume and on a mounted one) while the run
   ends. */
#ifndef TESTS_FILESYS_BUSY_LIB_H
#define TESTS_FILESYS_BUSY_LIB_H

#include <syscall.h>
#include "tests/lib.h"

/* Children that write. */
#define BUSY_WRITERS 3

/* Grows the file NAME a sector at a time and reads it back, and
   creates and removes a file, forever. */
static void __attribute__ ((noreturn))
busy_writer (const char *name)
{
  static char block[512];
  int fd;

  create (name, 0);
  fd = open (name);
  for (;;)
    {
      if (write (fd, block, sizeof block) != sizeof block)
        seek (fd, 0);
      read (fd, block, 1);
      create ("scratch", 600);
      remove ("scratch");
    }
}

/* Mounts channel 2, device 0 on /m and starts the writers. */
static void
busy_start (void)
{
  static const char *names[BUSY_WRITERS] = { "/a", "/m/b", "/m/c" };
  int i;

  CHECK (mkdir ("/m") && mount ("/m", 2, 0) == 0, "mount on /m");
  for (i = 0; i < BUSY_WRITERS; i++)
    {
      pid_t pid = fork ("writer");
      if (pid == 0)
        busy_writer (names[i]);
      CHECK (pid > 0, "fork writer %d", i);
    }
  for (i = 0; i < 200; i++)
    (void) filesize (0);
}

#endif /* tests/filesys/busy-lib.h */
