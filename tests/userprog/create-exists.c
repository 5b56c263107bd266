/* Proves that create fails for a name already taken and leaves the
   existing file as it was. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd;

  CHECK (create ("twice", 10), "create \"twice\" of 10 bytes");
  CHECK (!create ("twice", 500), "create \"twice\" again fails");
  CHECK ((fd = open ("twice")) > 1, "open \"twice\"");
  CHECK (filesize (fd) == 10, "its size is still 10");
}
