/* Proves that read returns the file's bytes in order across several
   calls, and 0 at the end of the file. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  char buf[sizeof sample + 20];
  int fd, got, total = 0;

  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  while ((got = read (fd, buf + total, 50)) > 0)
    total += got;
  CHECK (got == 0, "the last read returned 0");
  CHECK (total == (int) sizeof sample - 1, "read %d bytes in all", total);
  CHECK (!memcmp (buf, sample, total), "they match the file");
  CHECK (read (fd, buf, 10) == 0, "a read at the end returns 0");
}
