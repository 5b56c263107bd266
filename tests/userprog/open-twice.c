/* Proves that opening one file twice gives two descriptors with
   positions of their own, and that new descriptors take the lowest free
   number from 2 up. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char a[4], b[4];
  int fd1, fd2, fd3;

  CHECK ((fd1 = open ("sample.txt")) == 2, "first open gives fd 2");
  CHECK ((fd2 = open ("sample.txt")) == 3, "second open gives fd 3");
  CHECK ((fd3 = open ("sample.txt")) == 4, "third open gives fd 4");
  CHECK (read (fd1, a, 4) == 4 && read (fd1, a, 4) == 4,
         "read 8 bytes through fd 2");
  CHECK (read (fd2, b, 4) == 4 && b[0] == 'T' && b[3] == ' ',
         "fd 3 still reads from the start");
  close (fd2);
  CHECK (open ("sample.txt") == 3, "after closing fd 3, open gives fd 3");
  CHECK (open ("sample.txt") == 5, "the next open gives fd 5");
}
