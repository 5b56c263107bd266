/* Proves that four processes can read one file at the same time, each
   through its own descriptor, and all see the right bytes. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

#define SIZE (64 * 1024)
#define READERS 4

static char data[SIZE];
static char buf[SIZE];

/* Reads the whole file in pieces of PIECE bytes; exits 0 if it matched
   DATA, else 1. */
static void
reader (int piece)
{
  int fd = open ("shared"), ofs = 0, got;

  if (fd < 0)
    exit (2);
  while ((got = read (fd, buf + ofs, piece)) > 0)
    ofs += got;
  exit (ofs == SIZE && checksum (buf, SIZE) == checksum (data, SIZE) ? 0 : 1);
}

void
test_main (void)
{
  pid_t pids[READERS];
  int fd, i;

  random_fill (data, SIZE, 4);
  CHECK (create ("shared", SIZE), "create \"shared\"");
  CHECK ((fd = open ("shared")) >= 2, "open \"shared\"");
  CHECK (write (fd, data, SIZE) == SIZE, "write %d bytes", SIZE);
  close (fd);
  for (i = 0; i < READERS; i++)
    {
      char name[16];

      snprintf (name, sizeof name, "reader-%d", i);
      pids[i] = fork (name);
      if (pids[i] == 0)
        reader (500 + 1000 * i);
      if (pids[i] < 0)
        fail ("fork reader %d", i);
    }
  for (i = 0; i < READERS; i++)
    if (wait (pids[i]) != 0)
      fail ("reader %d saw the wrong bytes", i);
  msg ("all %d readers saw the right bytes", READERS);
}
