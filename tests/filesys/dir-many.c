/* Proves that directories grow without limit and nest deep: 300 files
   in one directory (19 sectors of entries) are all listed once by
   readdir and all removed; a chain of 30 nested directories holds a
   file reachable by its 30-component path, and the chain is removed
   from the bottom up. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

#define FILES 300
#define DEPTH 30

static bool seen[FILES];

/* Lists directory "wide" and checks that each of its FILES entries
   appears once, and no other. */
static void
list_wide (void)
{
  char name[READDIR_MAX_LEN + 1];
  int fd = open ("wide"), n, cnt = 0;

  if (fd < 2 || !isdir (fd))
    fail ("open \"wide\"");
  while (readdir (fd, name))
    {
      n = strncmp (name, "file", 4) ? -1 : atoi (name + 4);
      if (n < 0 || n >= FILES || seen[n])
        fail ("readdir gave \"%s\"", name);
      seen[n] = true;
      cnt++;
    }
  if (cnt != FILES)
    fail ("readdir listed %d entries, not %d", cnt, FILES);
  close (fd);
}

/* Builds the deep chain d/d/d/... and returns its path in PATH. */
static void
make_deep (char *path, size_t size)
{
  int i;

  path[0] = '\0';
  for (i = 0; i < DEPTH; i++)
    {
      strlcat (path, i == 0 ? "d" : "/d", size);
      if (!mkdir (path))
        fail ("mkdir \"%s\"", path);
    }
}

void
test_main (void)
{
  char name[32], path[DEPTH * 2 + 8];
  int i;

  CHECK (mkdir ("wide"), "mkdir wide");
  for (i = 0; i < FILES; i++)
    {
      snprintf (name, sizeof name, "wide/file%d", i);
      if (!create (name, 0))
        fail ("create \"%s\"", name);
    }
  list_wide ();
  msg ("%d files created, each listed once", FILES);
  for (i = 0; i < FILES; i++)
    {
      snprintf (name, sizeof name, "wide/file%d", i);
      if (!remove (name))
        fail ("remove \"%s\"", name);
    }
  CHECK (remove ("wide"), "all removed, and then the directory");

  make_deep (path, sizeof path);
  strlcat (path, "/f", sizeof path);
  CHECK (create (path, 10) && open (path) > 1,
         "a file at the bottom of %d nested directories", DEPTH);
  remove (path);
  for (i = DEPTH; i > 0; i--)
    {
      path[i * 2 - 1] = '\0';
      if (!remove (path))
        fail ("remove \"%s\"", path);
    }
  CHECK (open ("d") < 0, "the chain removed from the bottom up");
}
