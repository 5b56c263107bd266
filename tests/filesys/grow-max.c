/* One byte written at the last offset of the largest file makes a
   sparse file of that size; a byte past it cannot be written, and the
   file's middle reads as zeros. */

#include "tests/filesys/tree-lib.h"

#define MAX_SIZE 8516608        /* (122 + 128 + 128 * 128) sectors. */

void
test_main (void)
{
  char c = 'z', buf[512];
  size_t i;
  int fd;

  CHECK (create ("m", 0), "create m empty");
  fd = open_or_fail ("m");
  seek (fd, MAX_SIZE - 1);
  CHECK (write (fd, &c, 1) == 1, "write the last byte of the largest file");
  CHECK (filesize (fd) == MAX_SIZE, "the size is the largest file's");
  CHECK (write (fd, &c, 1) <= 0, "a byte past it cannot be written");
  CHECK (filesize (fd) == MAX_SIZE, "the size did not change");
  seek (fd, MAX_SIZE / 2);
  CHECK (read (fd, buf, sizeof buf) == (int) sizeof buf, "read 512 bytes in the middle");
  for (i = 0; i < sizeof buf; i++)
    if (buf[i] != 0)
      fail ("byte %zu of the middle is not zero", i);
  close (fd);
  CHECK (remove ("m"), "remove m");
}
