/* Proves that a removed file stays usable through a descriptor opened
   before the remove (reads, writes, seeks), and that a new file of the
   same name is a different file. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  char data[600], buf[600];
  int fd, fresh;

  random_fill (data, sizeof data, 42);
  CHECK (create ("ghost", sizeof data), "create \"ghost\"");
  CHECK ((fd = open ("ghost")) >= 2, "open \"ghost\"");
  CHECK (write (fd, data, 300) == 300, "write 300 bytes");
  CHECK (remove ("ghost"), "remove \"ghost\"");
  CHECK (write (fd, data + 300, 300) == 300,
         "write 300 more bytes through the open fd");
  CHECK (create ("ghost", 10), "create a new \"ghost\" of 10 bytes");
  CHECK ((fresh = open ("ghost")) >= 2 && filesize (fresh) == 10,
         "the new \"ghost\" has 10 bytes");
  CHECK (filesize (fd) == 600, "the removed one still has 600");
  seek (fd, 0);
  CHECK (read (fd, buf, sizeof buf) == 600, "read it back");
  compare_bytes (buf, data, sizeof data, 0, "removed ghost");
  msg ("the data matches");
}
