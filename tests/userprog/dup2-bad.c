/* Proves that dup2 with an old descriptor that is not open returns -1
   and leaves the new descriptor as it was. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char c;
  int fd, gone;

  CHECK ((fd = open ("sample.txt")) == 2, "open gives fd 2");
  CHECK ((gone = open ("sample.txt")) == 3, "open gives fd 3");
  close (gone);
  CHECK (dup2 (-1, fd) == -1, "dup2 (-1, 2) returns -1");
  CHECK (dup2 (3, fd) == -1, "dup2 from closed fd 3 returns -1");
  CHECK (dup2 (4096, fd) == -1, "dup2 (4096, 2) returns -1");
  CHECK (read (fd, &c, 1) == 1 && c == 'T', "fd 2 still reads 'T'");
}
