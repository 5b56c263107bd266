/* Proves that a mapping outlives the file descriptor it was made from:
   after close(), the mapped pages, none of them touched before the
   close, still read as the file. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  static char contents[2 * PAGE_SIZE];
  char *map;
  int fd, size;

  fd = open_or_fail ("sample.txt");
  size = filesize (fd);
  if (read (fd, contents, size) != size)
    fail ("read \"sample.txt\"");
  map = mmap (MAP_BASE, size, 0, fd, 0);
  CHECK (map == MAP_BASE, "mmap \"sample.txt\"");
  close (fd);
  msg ("closed the file");
  compare_bytes (map, contents, size, 0, "the mapping of sample.txt");
  msg ("the mapping still matches the file");
  munmap (map);
}
