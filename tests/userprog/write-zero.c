/* Proves that a write of 0 bytes returns 0 and changes nothing, to a
   file and to the console. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd;

  CHECK (create ("zero", 4), "create \"zero\" of 4 bytes");
  CHECK ((fd = open ("zero")) >= 2, "open \"zero\"");
  CHECK (write (fd, "abcd", 0) == 0, "write of 0 bytes to the file returns 0");
  CHECK (tell (fd) == 0, "the position is still 0");
  CHECK (write (STDOUT_FILENO, "invisible", 0) == 0,
         "write of 0 bytes to the console returns 0");
  close (fd);
  check_file ("zero", "\0\0\0\0", 4);
}
