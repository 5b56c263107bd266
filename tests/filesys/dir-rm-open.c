/* Removing a directory that is open either fails or succeeds; if it
   succeeds the open directory lists nothing and accepts no new entries,
   and its name can be reused. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  char entry[READDIR_MAX_LEN + 1];
  int fd;

  mkdir_or_fail ("a");
  fd = open_or_fail ("a");
  if (remove ("a"))
    {
      msg ("remove of the open directory succeeded");
      CHECK (!readdir (fd, entry), "readdir on it finds nothing");
      CHECK (!create ("a/x", 0), "create inside it fails");
      CHECK (mkdir ("a"), "the name a is free again");
      CHECK (count_entries ("a") == 0, "the new a is empty");
    }
  else
    {
      msg ("remove of the open directory failed");
      CHECK (create ("a/x", 0), "create inside it still works");
      CHECK (readdir (fd, entry) && !strcmp (entry, "x"), "readdir finds x");
    }
  close (fd);
}
