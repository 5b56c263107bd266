/* Proves that wait returns -1 at once for pids that name no child of
   the caller: negative, zero, huge and never-used values. */

#include <limits.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const pid_t bad[] = { -1, 0, -12345, INT_MAX, INT_MIN, 54321 };
  size_t i;

  for (i = 0; i < sizeof bad / sizeof *bad; i++)
    if (wait (bad[i]) != -1)
      fail ("wait (%d) did not return -1", bad[i]);
  msg ("wait returned -1 for 6 bad pids");
}
