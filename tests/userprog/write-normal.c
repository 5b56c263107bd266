/* Proves that write stores bytes in a file at the current position,
   returns the count, and that the data reads back. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const char text[] = "Forty-two bytes of text, written by write.";
  int fd;

  CHECK (create ("notes", sizeof text - 1), "create \"notes\"");
  CHECK ((fd = open ("notes")) >= 2, "open \"notes\"");
  CHECK (write (fd, text, 10) == 10, "write the first 10 bytes");
  CHECK (tell (fd) == 10, "the position is 10");
  CHECK (write (fd, text + 10, sizeof text - 11) == (int) sizeof text - 11,
         "write the remaining %d bytes", (int) sizeof text - 11);
  close (fd);
  check_file ("notes", text, sizeof text - 1);
}
