/* A file created empty grows by 100 writes of changing sizes; after
   each, filesize and tell give the bytes written so far, and the whole
   reads back right. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  static char buf[1024];
  size_t done = 0;
  int i, fd;

  CHECK (create ("f", 0), "create f empty");
  fd = open_or_fail ("f");
  for (i = 0; i < 100; i++)
    {
      size_t n = i * 37 % 700 + 1;

      pattern_fill (buf, n, 20, done);
      if (write (fd, buf, n) != (int) n)
        fail ("write %d of %zu bytes failed", i, n);
      done += n;
      if (filesize (fd) != (int) done || tell (fd) != done)
        fail ("after write %d: size %d, position %u, expected %zu",
              i, filesize (fd), tell (fd), done);
    }
  msg ("100 writes grew f to %zu bytes", done);
  close (fd);
  check_pattern_file ("f", 20, done);
  msg ("f reads back right");
}
