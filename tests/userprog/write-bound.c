/* Proves that write takes a buffer that straddles a page boundary,
   whole, to the console and to a file. */

#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  static const char line[] = "(write-bound) this line straddles two pages\n";
  static char data[300];
  const char *p;
  int fd;

  p = copy_across_page (line, sizeof line - 1, 20);
  CHECK (write (STDOUT_FILENO, p, sizeof line - 1) == (int) sizeof line - 1,
         "write to the console returned the whole length");
  random_fill (data, sizeof data, 5);
  p = copy_across_page (data, sizeof data, 150);
  CHECK (create ("halves", sizeof data), "create \"halves\"");
  CHECK ((fd = open ("halves")) >= 2, "open \"halves\"");
  CHECK (write (fd, p, sizeof data) == (int) sizeof data,
         "write 300 bytes across a page boundary to it");
  close (fd);
  check_file ("halves", data, sizeof data);
}
