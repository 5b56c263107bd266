/* Proves that descriptors far out of range, large or negative, make
   mmap fail rather than crash the kernel or end the process. */

#include <limits.h>
#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  open_or_fail ("sample.txt");
  CHECK (mmap (MAP_BASE, PAGE_SIZE, 0, 0x7ffff, 0) == NULL,
         "mapping fd 0x7ffff fails");
  CHECK (mmap (MAP_BASE, PAGE_SIZE, 0, INT_MAX, 0) == NULL,
         "mapping fd INT_MAX fails");
  CHECK (mmap (MAP_BASE, PAGE_SIZE, 0, -1, 0) == NULL,
         "mapping fd -1 fails");
  CHECK (mmap (MAP_BASE, PAGE_SIZE, 0, INT_MIN, 0) == NULL,
         "mapping fd INT_MIN fails");
}
