/* Data written just before halt, with the file still open, reaches the
   disk: halt writes the cache back (the two-boot variant checks the
   disk). */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  static char buf[5000];
  int fd;

  mkdir_or_fail ("h");
  CHECK (create ("h/f", 0), "create h/f");
  fd = open_or_fail ("h/f");
  pattern_fill (buf, sizeof buf, 60, 0);
  CHECK (write (fd, buf, sizeof buf) == (int) sizeof buf, "write 5000 bytes, then halt");
  halt ();
}
