/* A file removed while open still grows and reads back through its
   descriptor; its name is gone, and its sectors are freed at close. */

#include "tests/filesys/tree-lib.h"

void
test_main (void)
{
  static char buf[5000];
  int fd;

  CHECK (create ("f", 0), "create f");
  fd = open_or_fail ("f");
  CHECK (remove ("f"), "remove f while open");
  pattern_fill (buf, sizeof buf, 26, 0);
  CHECK (write (fd, buf, sizeof buf) == (int) sizeof buf, "write 5000 bytes to it");
  CHECK (filesize (fd) == 5000, "its size is 5000");
  seek (fd, 0);
  memset (buf, 0, sizeof buf);
  CHECK (read (fd, buf, sizeof buf) == (int) sizeof buf
         && pattern_mismatch (buf, sizeof buf, 26, 0) < 0, "read them back");
  CHECK (!exists ("f"), "the name f is gone");
  close (fd);
  CHECK (create ("f", 0), "f can be created anew");
}
