/* Proves that a running program cannot change its own executable: write
   returns 0 and the file stays as it was, while reading works. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char before[64], after[64];
  int fd;

  CHECK ((fd = open ("rox-simple")) >= 2, "open \"rox-simple\"");
  CHECK (read (fd, before, sizeof before) == (int) sizeof before,
         "read its first 64 bytes");
  seek (fd, 0);
  CHECK (write (fd, "scribble", 8) == 0, "write to it returns 0");
  seek (fd, 0);
  CHECK (read (fd, after, sizeof after) == (int) sizeof after,
         "read them again");
  compare_bytes (after, before, sizeof after, 0, "rox-simple");
  msg ("the executable is unchanged");
}
