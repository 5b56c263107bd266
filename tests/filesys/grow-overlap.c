/* Writes that overlap the end of a file, starting inside it and
   reaching past it, keep the old bytes before them and grow the file to
   their end. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  static char buf[6000];
  int fd;

  CHECK (create ("o", 0), "create o empty");
  fd = open_or_fail ("o");
  pattern_fill (buf, 3000, 27, 0);
  CHECK (write (fd, buf, 3000) == 3000, "write bytes 0-2999");
  seek (fd, 1000);
  pattern_fill (buf, 5000, 27, 1000);
  CHECK (write (fd, buf, 5000) == 5000, "write bytes 1000-5999");
  seek (fd, 5555);
  pattern_fill (buf, 1000, 27, 5555);
  CHECK (write (fd, buf, 1000) == 1000, "write bytes 5555-6554");
  close (fd);
  check_pattern_file ("o", 27, 6555);
  msg ("o holds 6555 right bytes");
}
