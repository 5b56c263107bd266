/* Proves that descriptors made by dup2 are inherited by a forked child
   still aliased to each other there, but not to the parent's: the
   child's reads through both move one position of its own, and the
   parent's pair stays where it was, and aliased. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  char buf[5];
  pid_t pid;
  int fd, status;

  CHECK ((fd = open ("sample.txt")) >= 2, "open \"sample.txt\"");
  CHECK (dup2 (fd, 30) == 30, "dup2 to fd 30");
  pid = fork ("dup-kid");
  if (pid == 0)
    {
      if (read (30, buf, 5) != 5 || memcmp (buf, sample, 5))
        exit (1);
      exit (read (fd, buf, 5) == 5 && !memcmp (buf, sample + 5, 5) ? 0 : 2);
    }
  status = wait (pid);
  CHECK (status == 0, "the child read 10 bytes through fds 30 and 2");
  CHECK (tell (30) == 0 && tell (fd) == 0, "the parent's fds are at 0");
  CHECK (read (fd, buf, 5) == 5 && tell (30) == 5,
         "the parent's fds are still aliased");
}
