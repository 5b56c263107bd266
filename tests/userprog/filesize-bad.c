/* Proves that filesize reports a file's size, and -1 for descriptors
   that are not open files (bad numbers, a closed fd, the console). */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd;

  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  CHECK (filesize (fd) == 187, "its size is 187");
  close (fd);
  CHECK (filesize (fd) == -1, "filesize of the closed fd is -1");
  CHECK (filesize (-3) == -1, "filesize of fd -3 is -1");
  CHECK (filesize (12345) == -1, "filesize of fd 12345 is -1");
  CHECK (filesize (0) == -1 && filesize (1) == -1,
         "filesize of fds 0 and 1 is -1");
}
