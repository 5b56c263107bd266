/* Proves that dup2 can point fd 1 at a file, so console output goes to
   the file, and can point it back at the console from a saved copy. */

#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const char line[] = "(dup2-stdout) this goes to the file\n";
  int fd;

  CHECK (create ("captured", sizeof line - 1), "create \"captured\"");
  CHECK ((fd = open ("captured")) >= 2, "open \"captured\"");
  CHECK (dup2 (STDOUT_FILENO, 20) == 20, "save the console as fd 20");
  dup2 (fd, STDOUT_FILENO);
  printf ("%s", line);
  dup2 (20, STDOUT_FILENO);
  close (20);
  msg ("fd 1 is the console again");
  close (fd);
  check_file ("captured", line, sizeof line - 1);
}
