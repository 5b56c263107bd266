/* A helper that writes a fixed line to fd 1, whatever fd 1 refers to,
   and exits with 0. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"

const bool silent_program = true;

void
test_main (void)
{
  static const char line[] = "written by child-write\n";

  if (write (1, line, strlen (line)) != (int) strlen (line))
    exit (1);
  exit (0);
}
