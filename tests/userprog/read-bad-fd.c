/* Proves that read from descriptors that are not open returns -1 and
   the process goes on. */

#include <limits.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const int bad[] = { -1, -1000, INT_MIN, INT_MAX, 2, 77, 1 << 20 };
  char buf[16];
  size_t i;

  for (i = 0; i < sizeof bad / sizeof *bad; i++)
    if (read (bad[i], buf, sizeof buf) != -1)
      fail ("read from fd %d did not return -1", bad[i]);
  msg ("read from 7 bad descriptors returned -1");
}
