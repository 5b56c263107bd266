/* Proves that seek moves the position that read and write use, that
   tell reports it, and that reads past the end return 0. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  char buf[16];
  int fd;

  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  seek (fd, 61);
  CHECK (tell (fd) == 61, "after seek 61, tell is 61");
  CHECK (read (fd, buf, 12) == 12 && !memcmp (buf, sample + 61, 12),
         "read 12 bytes from offset 61");
  CHECK (tell (fd) == 73, "tell is 73");
  seek (fd, 0);
  CHECK (read (fd, buf, 3) == 3 && !memcmp (buf, "The", 3),
         "after seek 0, read \"The\"");
  seek (fd, 186);
  CHECK (read (fd, buf, 16) == 1 && buf[0] == '\n',
         "from offset 186 only the final newline is read");
  seek (fd, 1000);
  CHECK (tell (fd) == 1000, "seek past the end: tell is 1000");
  CHECK (read (fd, buf, 16) == 0, "read there returns 0");
}
