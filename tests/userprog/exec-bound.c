/* Proves that exec reads a command line that straddles a page boundary. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const char cmd[] = "child-args across pages";

  exec (copy_across_page (cmd, sizeof cmd, 14));
  fail ("exec returned");
}
