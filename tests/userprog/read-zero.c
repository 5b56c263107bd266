/* Proves that a read of 0 bytes returns 0, leaves the buffer alone and
   does not move the position. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char buf[2] = { '?', '?' };
  int fd;

  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  CHECK (read (fd, buf, 0) == 0, "read of 0 bytes returns 0");
  CHECK (buf[0] == '?', "the buffer is untouched");
  CHECK (tell (fd) == 0, "the position is still 0");
  CHECK (read (fd, buf, 1) == 1 && buf[0] == 'T', "the next read gets 'T'");
}
