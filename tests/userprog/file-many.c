/* Proves that the directory keeps many names apart: 40 files are made,
   every other one removed and replaced by a file of another size, and
   each name then opens the right file. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

#define FILES 40

/* The size the file numbered I should have in GENERATION. */
static int
size_of (int i, int generation)
{
  return 10 * i + 1000 * generation + 1;
}

void
test_main (void)
{
  char name[16];
  int i, fd;

  for (i = 0; i < FILES; i++)
    {
      snprintf (name, sizeof name, "many-%d", i);
      if (!create (name, size_of (i, 0)))
        fail ("create \"%s\"", name);
    }
  msg ("created %d files", FILES);
  for (i = 0; i < FILES; i += 2)
    {
      snprintf (name, sizeof name, "many-%d", i);
      if (!remove (name) || !create (name, size_of (i, 1)))
        fail ("replace \"%s\"", name);
    }
  msg ("replaced every other one");
  for (i = 0; i < FILES; i++)
    {
      snprintf (name, sizeof name, "many-%d", i);
      fd = open (name);
      if (fd < 0 || filesize (fd) != size_of (i, i % 2 == 0))
        fail ("\"%s\" is missing or has the wrong size", name);
      close (fd);
    }
  msg ("every name opens the right file");
}
