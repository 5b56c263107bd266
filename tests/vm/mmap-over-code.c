/* Proves that a mapping may not cover code: mapping at the first page
   of the executable, or at the page of test_main, fails, and the code
   there still runs afterwards. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

static NO_INLINE int
still_here (int x)
{
  return x * 3 + 1;
}

void
test_main (void)
{
  int fd = open_or_fail ("sample.txt");

  CHECK (mmap ((void *) 0x400000, PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping at 0x400000 fails");
  CHECK (mmap (page_of ((void *) (uintptr_t) test_main), PAGE_SIZE, 1, fd, 0)
         == NULL, "mapping over test_main fails");
  CHECK (mmap (page_of ((void *) (uintptr_t) still_here), 2 * PAGE_SIZE, 0,
               fd, 0) == NULL, "mapping over another function fails");
  CHECK (still_here (4) == 13, "the code still runs");
}
