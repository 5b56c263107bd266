/* Proves that open finds a file put on the disk, returns a descriptor
   of at least 2, and that the file reads back as it was put. */

#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/sample.h"

void
test_main (void)
{
  int fd = open ("sample.txt");

  CHECK (fd >= 2, "open \"sample.txt\" gives a descriptor of at least 2");
  close (fd);
  check_file ("sample.txt", sample, sizeof sample - 1);
}
