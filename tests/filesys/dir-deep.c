/* Builds a chain of 30 nested directories, stores a file at the bottom,
   finds it by its absolute path, and climbs back to the root with 30
   steps of "..". */

#include "tests/filesys/tree-lib.h"

#define DEPTH 30

void
test_main (void)
{
  char path[DEPTH * 4 + 16] = "";
  char name[8];
  int i, fd, root;

  for (i = 0; i < DEPTH; i++)
    {
      snprintf (name, sizeof name, "d%d", i);
      mkdir_or_fail (name);
      if (!chdir (name))
        fail ("chdir %s at depth %d failed", name, i);
      strlcat (path, "/", sizeof path);
      strlcat (path, name, sizeof path);
    }
  make_pattern_file ("leaf", 4, 2000, 512);
  msg ("built %d levels", DEPTH);
  CHECK (chdir ("/"), "chdir /");
  strlcat (path, "/leaf", sizeof path);
  check_pattern_file (path, 4, 2000);
  msg ("leaf found by its absolute path");
  fd = open_or_fail ("/");
  root = inumber (fd);
  close (fd);
  path[strlen (path) - 5] = '\0';
  CHECK (chdir (path), "chdir to the bottom");
  for (i = 0; i < DEPTH; i++)
    if (!chdir (".."))
      fail ("chdir .. number %d failed", i + 1);
  fd = open_or_fail (".");
  CHECK (inumber (fd) == root, "%d steps up reach the root", DEPTH);
  close (fd);
}
