/* Proves that a mapping may not reach kernel space: mapping at
   KERN_BASE, across it, high in the kernel, or with a length so large
   that the range wraps around, all fail. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  int fd = open_or_fail ("sample.txt");

  CHECK (mmap ((void *) KERN_BASE, PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping at KERN_BASE fails");
  CHECK (mmap ((void *) (KERN_BASE - PAGE_SIZE), 2 * PAGE_SIZE, 0, fd, 0)
         == NULL, "mapping across KERN_BASE fails");
  CHECK (mmap ((void *) 0xffffffff80000000UL, PAGE_SIZE, 1, fd, 0) == NULL,
         "mapping at 0xffffffff80000000 fails");
  CHECK (mmap (MAP_BASE, SIZE_MAX - PAGE_SIZE + 1, 0, fd, 0) == NULL,
         "mapping a length that wraps around fails");
  CHECK (mmap (MAP_BASE, KERN_BASE, 0, fd, 0) == NULL,
         "mapping a length that reaches past KERN_BASE fails");
}
