/* Proves that closing descriptors that were never open (negative, huge,
   unused) is harmless. */

#include <limits.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const int bad[] = { -1, INT_MIN, INT_MAX, 7, 128, 4096, 0x10000 };
  size_t i;
  char c;
  int fd;

  CHECK ((fd = open ("sample.txt")) == 2, "open gives fd 2");
  for (i = 0; i < sizeof bad / sizeof *bad; i++)
    close (bad[i]);
  msg ("closed 7 bad descriptors");
  CHECK (read (fd, &c, 1) == 1, "fd 2 still reads");
}
