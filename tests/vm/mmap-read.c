/* Proves that a mapped file reads like the file itself: every byte of a
   text file longer than a page, seen through a read-only mapping, equals
   what read() returns, and the rest of the last page reads as zero. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  static char contents[2 * PAGE_SIZE];
  const char *map;
  int fd, size, i;

  fd = open_or_fail ("sample.txt");
  size = filesize (fd);
  CHECK (size > PAGE_SIZE && size < 2 * PAGE_SIZE,
         "sample.txt spans two pages, the last one in part");
  if (read (fd, contents, size) != size)
    fail ("read \"sample.txt\"");

  map = mmap (MAP_BASE, size, 0, fd, 0);
  CHECK (map == MAP_BASE, "mmap \"sample.txt\"");
  compare_bytes (map, contents, size, 0, "the mapping of sample.txt");
  msg ("the mapping matches the file");
  for (i = size; i < 2 * PAGE_SIZE; i++)
    if (map[i] != 0)
      fail ("byte %d past the end of the file is %#x, not zero", i, map[i]);
  msg ("the rest of the last page is zero");
  munmap ((void *) map);
  close (fd);
}
