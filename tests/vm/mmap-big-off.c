/* Pages of a mapping past end of file read as zeros, even at large
   offsets. */
#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  int fd = open ("mmap-big-off");
  char *p = mmap ((void *) 0x10000000, 2 * 4096, 0, fd, 0x7ffff000);
  CHECK (p != MAP_FAILED, "mmap at offset 0x7ffff000");
  msg ("page 0 byte %d", p[0]);
  msg ("page 1 byte %d", p[4096]);
}
