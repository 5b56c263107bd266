/* Proves that copies of fds 0 and 1 keep their kinds: a copy of the
   console writes to the screen, a copy of the keyboard refuses writes. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const char line[] = "(dup2-console) printed through fd 5\n";

  CHECK (dup2 (STDOUT_FILENO, 5) == 5, "dup2 (1, 5) returns 5");
  CHECK (write (5, line, strlen (line)) == (int) strlen (line),
         "write through fd 5 returns its length");
  CHECK (dup2 (STDIN_FILENO, 6) == 6, "dup2 (0, 6) returns 6");
  CHECK (write (6, "x", 1) == -1, "write through fd 6 fails");
  CHECK (read (5, (char [4]) { 0 }, 4) == -1, "read through fd 5 fails");
}
