/* Proves that a forked child that execs keeps its duplicate of the
   parent's descriptor at the parent's position: the program it runs
   reads the same bytes that the parent reads afterwards. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char buf[25];
  int fd, status, n;
  pid_t pid;

  CHECK ((fd = open ("sample.txt")) == 2, "open \"sample.txt\" as fd 2");
  CHECK (read (fd, buf, 20) == 20, "the parent reads 20 bytes");
  pid = fork ("exec-kid");
  if (pid == 0)
    {
      exec ("child-fd 2");
      exit (-2);
    }
  status = wait (pid);
  CHECK (status == 24, "the child read 24 bytes after exec");
  n = read (fd, buf, 24);
  CHECK (n == 24, "the parent reads 24 bytes");
  buf[n] = '\0';
  msg ("the parent read '%s'", buf);
}
