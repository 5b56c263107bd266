/* Proves that closing a descriptor a second time does nothing: the
   process goes on and other descriptors are untouched. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char c;
  int fd, other;

  CHECK ((fd = open ("sample.txt")) == 2, "open gives fd 2");
  CHECK ((other = open ("sample.txt")) == 3, "open gives fd 3");
  close (fd);
  close (fd);
  msg ("closed fd 2 twice");
  CHECK (read (other, &c, 1) == 1 && c == 'T', "fd 3 still reads 'T'");
}
