/* readdir skips "." and "..": an empty directory lists nothing, one
   with two files lists exactly those two, and the root lists neither
   dot name. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  char entry[READDIR_MAX_LEN + 1];
  bool x = false, y = false;
  int fd;

  mkdir_or_fail ("e");
  fd = open_or_fail ("e");
  CHECK (!readdir (fd, entry), "empty directory lists nothing");
  close (fd);
  CHECK (create ("e/x", 0) && create ("e/y", 1), "create e/x and e/y");
  fd = open_or_fail ("e");
  while (readdir (fd, entry))
    if (!strcmp (entry, "x") && !x)
      x = true;
    else if (!strcmp (entry, "y") && !y)
      y = true;
    else
      fail ("readdir of e listed \"%s\"", entry);
  close (fd);
  CHECK (x && y, "e lists x and y, once each");
  fd = open_or_fail ("/");
  while (readdir (fd, entry))
    if (!strcmp (entry, ".") || !strcmp (entry, ".."))
      fail ("readdir of / listed \"%s\"", entry);
  close (fd);
  msg ("/ lists neither . nor ..");
}
