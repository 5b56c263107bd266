/* Proves that sequential reads of ever-changing sizes return the file's
   bytes in order, and that the read at the end comes up short. */

#include <syscall.h>
#include "tests/lib.h"

#define SIZE 50000

static char data[SIZE];
static char buf[1100];

void
test_main (void)
{
  size_t ofs = 0, step = 3;
  int fd, got;

  random_fill (data, SIZE, 23);
  CHECK (create ("seq", SIZE), "create \"seq\"");
  CHECK ((fd = open ("seq")) >= 2, "open \"seq\"");
  CHECK (write (fd, data, SIZE) == SIZE, "write %d bytes at once", SIZE);
  seek (fd, 0);
  while ((got = read (fd, buf, step)) > 0)
    {
      compare_bytes (buf, data + ofs, got, ofs, "seq");
      ofs += got;
      if ((size_t) got != step && ofs != SIZE)
        fail ("short read of %d bytes at offset %zu", got, ofs - got);
      step = step * 5 % 1097;
    }
  CHECK (got == 0 && ofs == SIZE, "read all %zu bytes back in pieces", ofs);
}
