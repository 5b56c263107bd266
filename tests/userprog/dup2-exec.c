/* Proves that a redirection made with dup2 survives fork and exec: a
   child program writing to fd 1 writes into the parent's file, through
   a duplicate whose position is its own (the parent's stays at 0). */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const char line[] = "written by child-write\n";
  pid_t pid;
  int fd;

  CHECK (create ("child-out", sizeof line - 1), "create \"child-out\"");
  CHECK ((fd = open ("child-out")) >= 2, "open \"child-out\"");
  dup2 (STDOUT_FILENO, 15);
  dup2 (fd, STDOUT_FILENO);
  pid = fork_exec ("writer", "child-write");
  dup2 (15, STDOUT_FILENO);
  int status = wait (pid);
  CHECK (status == 0, "the child wrote its line");
  CHECK (tell (fd) == 0, "the parent's position did not move");
  check_file ("child-out", line, sizeof line - 1);
}
