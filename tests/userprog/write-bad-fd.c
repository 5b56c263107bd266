/* Proves that write to descriptors that are not open, or were closed,
   returns -1, and the process goes on. */

#include <limits.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const int bad[] = { -1, -7, INT_MIN, INT_MAX, 3, 99, 1 << 24 };
  size_t i;
  int fd;

  for (i = 0; i < sizeof bad / sizeof *bad; i++)
    if (write (bad[i], "xyz", 3) != -1)
      fail ("write to fd %d did not return -1", bad[i]);
  msg ("write to 7 bad descriptors returned -1");
  CHECK (create ("closed", 3), "create \"closed\"");
  CHECK ((fd = open ("closed")) >= 2, "open it");
  close (fd);
  CHECK (write (fd, "xyz", 3) == -1, "write to it after close fails");
}
