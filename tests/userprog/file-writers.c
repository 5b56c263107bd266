/* Proves that four processes can each write a file of their own at the
   same time without disturbing one another. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

#define SIZE (40 * 1024)
#define WRITERS 4

static char data[SIZE];

/* Writes SIZE bytes from seed I into "file-I", 700 bytes at a time, and
   exits 0 on success. */
static void
writer (int i)
{
  char name[16];
  int fd, ofs;

  snprintf (name, sizeof name, "file-%d", i);
  random_fill (data, SIZE, 1000 + i);
  if (!create (name, SIZE) || (fd = open (name)) < 0)
    exit (1);
  for (ofs = 0; ofs < SIZE; ofs += 700)
    {
      int n = SIZE - ofs < 700 ? SIZE - ofs : 700;
      if (write (fd, data + ofs, n) != n)
        exit (2);
    }
  exit (0);
}

void
test_main (void)
{
  pid_t pids[WRITERS];
  int i;

  for (i = 0; i < WRITERS; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "writer-%d", i);
      pids[i] = fork (name);
      if (pids[i] == 0)
        writer (i);
      if (pids[i] < 0)
        fail ("fork writer %d", i);
    }
  for (i = 0; i < WRITERS; i++)
    if (wait (pids[i]) != 0)
      fail ("writer %d failed", i);
  msg ("all %d writers finished", WRITERS);
  for (i = 0; i < WRITERS; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "file-%d", i);
      random_fill (data, SIZE, 1000 + i);
      check_file (name, data, SIZE);
    }
}
