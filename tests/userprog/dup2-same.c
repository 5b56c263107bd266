/* Proves that dup2 of a descriptor onto itself returns it and leaves it
   open, at its position. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char c;
  int fd;

  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  CHECK (read (fd, &c, 1) == 1, "read one byte");
  CHECK (dup2 (fd, fd) == fd, "dup2 (fd, fd) returns fd");
  CHECK (read (fd, &c, 1) == 1 && c == 'h', "fd still reads, at offset 1");
  CHECK (dup2 (1, 1) == 1, "dup2 (1, 1) returns 1");
  msg ("and the console still works");
}
