/* A symbolic link to a directory works inside paths and for chdir, and
   opens as that directory. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  int fd, d;

  mkdir_or_fail ("d");
  make_pattern_file ("d/f", 31, 300, 300);
  CHECK (symlink ("d", "ld") == 0, "symlink d as ld");
  check_pattern_file ("ld/f", 31, 300);
  msg ("ld/f is d/f");
  fd = open_or_fail ("ld");
  d = open_or_fail ("d");
  CHECK (isdir (fd) && inumber (fd) == inumber (d), "ld opens as the directory d");
  close (fd);
  close (d);
  CHECK (chdir ("ld"), "chdir ld");
  check_pattern_file ("f", 31, 300);
  CHECK (create ("g", 0), "create g there");
  CHECK (exists ("/d/g"), "g is in d");
}
