/* Proves that descriptors made by dup2 are inherited by a forked child,
   all still sharing one position with the parent's. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  char buf[5];
  pid_t pid;
  int fd;

  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  CHECK (dup2 (fd, 30) == 30, "dup2 to fd 30");
  pid = fork ("dup-kid");
  if (pid == 0)
    {
      if (read (30, buf, 5) != 5 || memcmp (buf, sample, 5))
        exit (1);
      exit (read (fd, buf, 5) == 5 && !memcmp (buf, sample + 5, 5) ? 0 : 2);
    }
  int status = wait (pid);
  CHECK (status == 0, "the child read 10 bytes through fds 30 and 2");
  CHECK (tell (30) == 10 && tell (fd) == 10, "the parent's fds are at 10");
}
