/* Proves that read fills a buffer that straddles a page boundary, on
   both sides of it. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  static char junk[sizeof sample];
  char *buf;
  int fd;

  memset (junk, '#', sizeof junk);
  buf = copy_across_page (junk, sizeof junk, 77);
  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  CHECK (read (fd, buf, sizeof sample - 1) == (int) sizeof sample - 1,
         "read the whole file across a page boundary");
  compare_bytes (buf, sample, sizeof sample - 1, 0, "sample.txt");
  msg ("the bytes on both pages match");
}
