/* Proves that sequential writes of ever-changing sizes (1 byte up to
   about 1 kB, crossing sectors at every alignment) land back to back. */

#include <syscall.h>
#include "tests/lib.h"

#define SIZE 60000

static char data[SIZE];

void
test_main (void)
{
  size_t ofs = 0, step = 1;
  int fd;

  random_fill (data, SIZE, 17);
  CHECK (create ("seq", SIZE), "create \"seq\"");
  CHECK ((fd = open ("seq")) >= 2, "open \"seq\"");
  while (ofs < SIZE)
    {
      size_t n = SIZE - ofs < step ? SIZE - ofs : step;
      if (write (fd, data + ofs, n) != (int) n)
        fail ("write of %zu bytes at offset %zu", n, ofs);
      ofs += n;
      step = step * 7 % 1031;
    }
  msg ("wrote %d bytes in pieces of varying size", SIZE);
  close (fd);
  check_file ("seq", data, SIZE);
}
