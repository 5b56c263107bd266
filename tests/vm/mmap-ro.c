/* Proves that a mapping made read-only stays read-only: it can be read,
   but a store into it ends the process with -1. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  volatile char *map;
  int fd;

  fd = open_or_fail ("sample.txt");
  map = mmap (MAP_BASE, PAGE_SIZE, 0, fd, 0);
  CHECK (map == MAP_BASE, "mmap \"sample.txt\" read-only");
  CHECK (map[0] == 'A', "its first byte reads as 'A'");
  msg ("writing to the read-only mapping");
  map[0] = 'B';
  fail ("the write to a read-only mapping succeeded");
}
