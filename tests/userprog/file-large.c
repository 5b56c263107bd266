/* Proves that a 300 kB file, larger than any direct or single-indirect
   block scheme holds, is written and read back intact. */

#include <syscall.h>
#include "tests/lib.h"

#define SIZE (300 * 1024)

static char data[SIZE];

void
test_main (void)
{
  size_t ofs;
  int fd;

  random_fill (data, SIZE, 300);
  CHECK (create ("large", SIZE), "create \"large\" of %d bytes", SIZE);
  CHECK ((fd = open ("large")) >= 2, "open \"large\"");
  for (ofs = 0; ofs < SIZE; ofs += 8192)
    {
      int n = SIZE - ofs < 8192 ? SIZE - ofs : 8192;
      if (write (fd, data + ofs, n) != n)
        fail ("write of %d bytes at offset %zu", n, ofs);
    }
  msg ("wrote it in 8 kB pieces");
  close (fd);
  check_file ("large", data, SIZE);
}
