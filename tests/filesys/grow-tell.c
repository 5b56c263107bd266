/* Seeking past the end changes neither the size nor what read returns;
   the next write lands at the position and the size follows it. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  char c = 'x', buf[16];
  int fd;

  CHECK (create ("t", 0), "create t empty");
  fd = open_or_fail ("t");
  seek (fd, 5000);
  CHECK (tell (fd) == 5000, "tell is 5000 after the seek");
  CHECK (filesize (fd) == 0, "size is still 0");
  CHECK (read (fd, buf, sizeof buf) == 0, "read there returns 0");
  CHECK (write (fd, &c, 1) == 1, "write 1 byte");
  CHECK (filesize (fd) == 5001 && tell (fd) == 5001, "size and tell are 5001");
  seek (fd, 4999);
  CHECK (read (fd, buf, sizeof buf) == 2 && buf[0] == 0 && buf[1] == 'x', "bytes 4999 and 5000 are 0 and x");
  close (fd);
}
