/* Proves that the file offset of a mapping must be a multiple of the
   page size: offsets of 1, 100 and a page less one byte all fail. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  int fd = open_or_fail ("sample.txt");

  CHECK (mmap (MAP_BASE, PAGE_SIZE, 0, fd, 1) == NULL,
         "mapping from offset 1 fails");
  CHECK (mmap (MAP_BASE, PAGE_SIZE, 0, fd, 100) == NULL,
         "mapping from offset 100 fails");
  CHECK (mmap (MAP_BASE, PAGE_SIZE, 1, fd, PAGE_SIZE - 1) == NULL,
         "mapping from offset 4095 fails");
  CHECK (!is_resident (MAP_BASE), "the address has no frame");
}
