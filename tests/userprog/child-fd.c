/* A helper: "child-fd FD" reads the descriptor FD, which it inherited
   across exec, prints what it read, and exits with the byte count. */

#include <stdlib.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd = test_argc > 1 ? atoi (test_argv[1]) : -1;
  char buf[25];
  int n = read (fd, buf, sizeof buf - 1);

  if (n < 0)
    fail ("read of inherited fd %d failed", fd);
  buf[n] = '\0';
  msg ("fd %d holds '%s'", fd, buf);
  exit (n);
}
