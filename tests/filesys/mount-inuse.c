/* umount fails while a process has a file, a directory or its working
   directory inside the mounted file system, and works once nothing is. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  int fd;

  mkdir_or_fail ("/m");
  CHECK (mount ("/m", 2, 0) == 0, "mount at /m");
  mkdir_or_fail ("/m/d");
  make_pattern_file ("/m/d/f", 43, 10, 10);
  fd = open_or_fail ("/m/d/f");
  CHECK (umount ("/m") == -1, "umount with a file open inside fails");
  close (fd);
  fd = open_or_fail ("/m/d");
  CHECK (umount ("/m") == -1, "umount with a directory open inside fails");
  close (fd);
  CHECK (chdir ("/m/d"), "chdir /m/d");
  CHECK (umount ("/m") == -1, "umount with the cwd inside fails");
  CHECK (chdir ("/"), "chdir /");
  check_pattern_file ("/m/d/f", 43, 10);
  CHECK (umount ("/m") == 0, "umount once nothing is in use");
}
