/* Proves that dup2 can point fd 0 at a file, so reads from fd 0 come
   from the file; closing fd 0 then makes them fail. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  char buf[20];
  int fd;

  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  CHECK (dup2 (fd, STDIN_FILENO) == 0, "dup2 (fd, 0) returns 0");
  close (fd);
  CHECK (read (STDIN_FILENO, buf, 20) == 20 && !memcmp (buf, sample, 20),
         "fd 0 reads the file's first 20 bytes");
  CHECK (filesize (STDIN_FILENO) == 187, "filesize of fd 0 is 187");
  close (STDIN_FILENO);
  CHECK (read (STDIN_FILENO, buf, 1) == -1, "after close, read of fd 0 fails");
}
