/* Proves that a mapping may not overlap another one, not even by one
   page at either end, while mappings right next to it are fine. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  char *base = (char *) MAP_BASE + 8 * PAGE_SIZE;
  int fd = open_or_fail ("sample.txt");

  CHECK (mmap (base, 2 * PAGE_SIZE, 0, fd, 0) == base,
         "map two pages at the base address");
  CHECK (mmap (base, PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping again at the same address fails");
  CHECK (mmap (base + PAGE_SIZE, 2 * PAGE_SIZE, 0, fd, 0) == NULL,
         "a mapping that starts on the second page fails");
  CHECK (mmap (base - PAGE_SIZE, PAGE_SIZE + 1, 0, fd, 0) == NULL,
         "a mapping that ends on the first page fails");
  CHECK (mmap (base - PAGE_SIZE, 4 * PAGE_SIZE, 0, fd, 0) == NULL,
         "a mapping that covers it fails");
  CHECK (mmap (base - PAGE_SIZE, PAGE_SIZE, 0, fd, 0) == base - PAGE_SIZE,
         "a one-page mapping just below it succeeds");
  CHECK (mmap (base + 2 * PAGE_SIZE, PAGE_SIZE, 0, fd, 0)
         == base + 2 * PAGE_SIZE, "a one-page mapping just above it succeeds");
  CHECK (base[-PAGE_SIZE] == 'A' && base[0] == 'A'
         && base[2 * PAGE_SIZE] == 'A', "all three mappings read the file");
}
