/* Proves that a forked child inherits open files sharing their
   positions with the parent, while closing its copy of a descriptor
   leaves the parent's open. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  char buf[10];
  int fd, status;
  pid_t pid;

  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  CHECK (read (fd, buf, 10) == 10, "the parent reads 10 bytes");
  pid = fork ("pos-kid");
  if (pid == 0)
    {
      if (read (fd, buf, 10) != 10 || memcmp (buf, sample + 10, 10))
        exit (1);
      close (fd);
      exit (read (fd, buf, 1) == -1 ? 0 : 2);
    }
  status = wait (pid);
  CHECK (status == 0, "the child read bytes 10-19, then closed its fd");
  CHECK (tell (fd) == 20, "the parent's position is now 20");
  CHECK (read (fd, buf, 10) == 10 && !memcmp (buf, sample + 20, 10),
         "the parent's fd still reads, from byte 20");
}
