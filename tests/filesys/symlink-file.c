/* A symbolic link to a file opens the file: reads through it see the
   file's bytes, and writes through it grow the file. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  static char buf[100];
  int fd;

  make_pattern_file ("t", 30, 700, 700);
  CHECK (symlink ("t", "l") == 0, "symlink t as l");
  check_pattern_file ("l", 30, 700);
  msg ("l reads as t");
  fd = open_or_fail ("l");
  seek (fd, 700);
  pattern_fill (buf, 100, 30, 700);
  CHECK (write (fd, buf, 100) == 100, "append 100 bytes through l");
  close (fd);
  check_pattern_file ("t", 30, 800);
  msg ("t grew to 800 bytes");
}
