/* Proves that seek and tell on descriptors that are not open files do
   nothing harmful: the process goes on and real files keep their
   positions. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char c;
  int fd;

  CHECK ((fd = open ("sample.txt")) == 2, "open gives fd 2");
  seek (-1, 5);
  seek (3, 5);
  seek (1000000, 5);
  seek (0, 5);
  seek (1, 5);
  tell (-1);
  tell (3);
  tell (0);
  msg ("seek and tell on bad fds returned");
  CHECK (tell (fd) == 0, "fd 2 is still at 0");
  CHECK (read (fd, &c, 1) == 1 && c == 'T', "and reads 'T'");
}
