/* Proves that open reads a name whose terminator lies in the page after
   the rest of the name. */

#include <string.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  const char *name = copy_across_page ("sample.txt", 11, 10);
  char buf[16];
  int fd;

  CHECK ((fd = open (name)) >= 2, "open a name whose null byte starts a page");
  CHECK (read (fd, buf, 15) == 15 && !memcmp (buf, sample, 15),
         "it is sample.txt");
}
