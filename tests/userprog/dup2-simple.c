/* Proves that dup2 makes a second descriptor for the same open file: it
   returns the new number, the two share one position, and the copy
   outlives the original's close. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  char buf[8];
  int fd;

  CHECK ((fd = open ("sample.txt")) == 2, "open gives fd 2");
  CHECK (dup2 (fd, 10) == 10, "dup2 (2, 10) returns 10");
  CHECK (read (fd, buf, 8) == 8, "read 8 bytes through fd 2");
  CHECK (tell (10) == 8, "fd 10's position is 8 too");
  CHECK (read (10, buf, 8) == 8 && !memcmp (buf, sample + 8, 8),
         "fd 10 reads bytes 8-15");
  close (fd);
  CHECK (read (10, buf, 8) == 8 && !memcmp (buf, sample + 16, 8),
         "after closing fd 2, fd 10 reads bytes 16-23");
  CHECK (open ("sample.txt") == 2, "fd 2 is free again");
}
