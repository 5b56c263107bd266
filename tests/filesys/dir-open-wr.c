/* An open directory is a directory to isdir, refuses writes, and has an
   inode number; an open file is not a directory and readdir on it
   fails. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  char entry[READDIR_MAX_LEN + 1];
  int dfd, ffd;

  mkdir_or_fail ("d");
  make_pattern_file ("f", 1, 100, 100);
  dfd = open_or_fail ("d");
  ffd = open_or_fail ("f");
  CHECK (isdir (dfd), "isdir (d)");
  CHECK (!isdir (ffd), "f is not a directory");
  CHECK (write (dfd, "x", 1) == -1, "write to a directory fails");
  CHECK (inumber (dfd) != inumber (ffd), "d and f have different inode numbers");
  CHECK (!readdir (ffd, entry), "readdir on a file fails");
  close (dfd);
  close (ffd);
  CHECK (count_entries ("d") == 0, "d is still empty");
}
