/* Proves that close releases a descriptor: it no longer reads, and its
   number is handed out again. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char c;
  int fd;

  CHECK ((fd = open ("sample.txt")) == 2, "open gives fd 2");
  close (fd);
  msg ("close fd 2");
  CHECK (read (fd, &c, 1) == -1, "read from the closed fd fails");
  CHECK (open ("sample.txt") == 2, "open gives fd 2 again");
}
