/* Proves that remove deletes a file's name: open then fails, a second
   remove fails, and the name can be created afresh. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd;

  CHECK (create ("doomed", 50), "create \"doomed\"");
  CHECK (remove ("doomed"), "remove \"doomed\"");
  CHECK (open ("doomed") == -1, "open \"doomed\" fails");
  CHECK (!remove ("doomed"), "remove \"doomed\" again fails");
  CHECK (!remove ("never-was"), "remove \"never-was\" fails");
  CHECK (!remove (""), "remove \"\" fails");
  CHECK (create ("doomed", 7), "create \"doomed\" again");
  CHECK ((fd = open ("doomed")) >= 2 && filesize (fd) == 7,
         "the new \"doomed\" has 7 bytes");
}
