/* readdir of a mount point lists the mounted root's entries, and lists
   nothing once it is unmounted. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  char entry[READDIR_MAX_LEN + 1];
  int fd, x = 0, y = 0;

  mkdir_or_fail ("/m");
  CHECK (mount ("/m", 2, 0) == 0, "mount at /m");
  CHECK (create ("/m/x", 1) && mkdir ("/m/y"), "create /m/x and /m/y");
  fd = open_or_fail ("/m");
  while (readdir (fd, entry))
    if (!strcmp (entry, "x"))
      x++;
    else if (!strcmp (entry, "y"))
      y++;
    else
      fail ("readdir of /m listed \"%s\"", entry);
  close (fd);
  CHECK (x == 1 && y == 1, "/m lists x and y");
  CHECK (umount ("/m") == 0, "umount /m");
  CHECK (count_entries ("/m") == 0, "/m lists nothing now");
}
