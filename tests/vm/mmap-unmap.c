/* Proves that munmap really removes the mapping: afterwards its pages
   have no frame, and reading one ends the process with -1. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  volatile char *map;
  int fd;

  fd = open_or_fail ("sample.txt");
  map = mmap (MAP_BASE, 2 * PAGE_SIZE, 0, fd, 0);
  CHECK (map == MAP_BASE, "mmap \"sample.txt\"");
  CHECK (map[0] == 'A' && map[PAGE_SIZE] != 0, "both pages read");
  munmap ((void *) map);
  CHECK (!is_resident ((void *) map) && !is_resident ((void *) (map + PAGE_SIZE)),
         "after munmap neither page has a frame");
  msg ("reading the unmapped page");
  if (map[0] == 'A')
    fail ("the unmapped page still holds the file");
  fail ("the unmapped page could be read");
}
