/* Proves that the kernel will not write where the program may not: a
   read() whose buffer is the program's own code is a bad buffer and
   ends the process with -1. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  static const char text[] = "these bytes must never land in the code";
  int fd;

  make_file ("code-data", text, sizeof text);
  fd = open_or_fail ("code-data");
  msg ("reading into the code segment");
  read (fd, (void *) (uintptr_t) test_main, sizeof text);
  fail ("read into code returned");
}
