/* Proves that a forked child's descriptor starts at the parent's
   position and then moves on its own: the child's reads and close leave
   the parent's position and descriptor as they were. */

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
      if (tell (fd) != 10)
        exit (1);
      if (read (fd, buf, 10) != 10 || memcmp (buf, sample + 10, 10))
        exit (2);
      close (fd);
      exit (read (fd, buf, 1) == -1 ? 0 : 3);
    }
  status = wait (pid);
  CHECK (status == 0, "the child started at 10, read bytes 10-19, "
         "then closed its fd");
  CHECK (tell (fd) == 10, "the parent's position is still 10");
  CHECK (read (fd, buf, 10) == 10 && !memcmp (buf, sample + 10, 10),
         "the parent's fd still reads, bytes 10-19 again");
}
