/* Proves that exec keeps the caller's open files, at their positions,
   and its name. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char buf[4];
  int fd = open ("sample.txt");

  CHECK (fd == 2 && read (fd, buf, 4) == 4,
         "open \"sample.txt\" as fd 2 and read 4 bytes");
  exec ("child-fd 2");
  fail ("exec returned");
}
