/* Proves that create makes a file of the requested size that open can
   then find, and that a newly created file reads as zeros. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char buf[100];
  int fd, i;

  CHECK (create ("fresh", 100), "create \"fresh\" of 100 bytes");
  CHECK ((fd = open ("fresh")) > 1, "open \"fresh\"");
  CHECK (filesize (fd) == 100, "filesize is 100");
  CHECK (read (fd, buf, sizeof buf) == 100, "read 100 bytes");
  for (i = 0; i < 100; i++)
    if (buf[i] != 0)
      fail ("byte %d is %d, not 0", i, buf[i]);
  msg ("all bytes are zero");
  CHECK (create ("empty-file", 0), "create \"empty-file\" of 0 bytes");
}
