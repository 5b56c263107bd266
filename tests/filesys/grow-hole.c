/* Writing far past the end of a file extends it; the gap reads as
   zeros, and writing into the gap later fills just what was written. */

#include "tests/filesys/tree-lib.h"

static char buf[4096];

/* Checks that SIZE bytes at OFS of FD are zero. */
static void
check_zero (int fd, unsigned ofs, size_t size)
{
  size_t i;

  seek (fd, ofs);
  if (read (fd, buf, size) != (int) size)
    fail ("read of %zu bytes at %u failed", size, ofs);
  for (i = 0; i < size; i++)
    if (buf[i] != 0)
      fail ("byte %zu in the hole is %d, not zero", ofs + i, buf[i]);
}

void
test_main (void)
{
  int fd;

  CHECK (create ("s", 0), "create s empty");
  fd = open_or_fail ("s");
  seek (fd, 100000);
  pattern_fill (buf, 10, 21, 100000);
  CHECK (write (fd, buf, 10) == 10, "write 10 bytes at 100000");
  CHECK (filesize (fd) == 100010, "size is 100010");
  check_zero (fd, 0, 4096);
  check_zero (fd, 60000, 4096);
  check_zero (fd, 99990, 10);
  CHECK (read (fd, buf, 100) == 10 && pattern_mismatch (buf, 10, 21, 100000) < 0,
         "the 10 bytes read back, then the end");
  seek (fd, 50000);
  pattern_fill (buf, 700, 21, 50000);
  CHECK (write (fd, buf, 700) == 700, "write 700 bytes into the hole at 50000");
  CHECK (filesize (fd) == 100010, "size is still 100010");
  check_zero (fd, 49000, 1000);
  check_zero (fd, 50700, 1300);
  seek (fd, 50000);
  CHECK (read (fd, buf, 700) == 700 && pattern_mismatch (buf, 700, 21, 50000) < 0,
         "the 700 bytes read back");
  close (fd);
}
