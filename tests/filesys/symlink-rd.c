/* readdir lists a link under its own name, once, beside the file it
   names. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  char entry[READDIR_MAX_LEN + 1];
  int fd, t = 0, l = 0;

  mkdir_or_fail ("d");
  CHECK (create ("d/t", 0) && symlink ("t", "d/l") == 0, "create d/t, link it as d/l");
  fd = open_or_fail ("d");
  while (readdir (fd, entry))
    if (!strcmp (entry, "t"))
      t++;
    else if (!strcmp (entry, "l"))
      l++;
    else
      fail ("readdir listed \"%s\"", entry);
  close (fd);
  CHECK (t == 1 && l == 1, "d lists t and l once each");
}
