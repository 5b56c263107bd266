/* A helper that announces itself and exits with status 81, so a parent
   can tell that it ran and what wait returns. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  msg ("run");
  exit (81);
}
