/* Proves that a mapping must start on a page boundary: addresses a
   byte, half a page or a page less one byte past a boundary all fail. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  char *base = MAP_BASE;
  int fd = open_or_fail ("sample.txt");

  CHECK (mmap (base + 1, PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping one byte past a page boundary fails");
  CHECK (mmap (base + PAGE_SIZE / 2, PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping half a page past a page boundary fails");
  CHECK (mmap (base + PAGE_SIZE - 1, 2 * PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping one byte before a page boundary fails");
  CHECK (!is_resident (base) && !is_resident (base + PAGE_SIZE),
         "the pages around the addresses have no frame");
}
