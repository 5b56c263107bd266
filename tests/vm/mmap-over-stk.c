/* Proves that a mapping may not cover the stack: mapping at the page of
   a local variable, or at the top page of the stack, fails and the
   stack keeps its contents. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  volatile int local = 1234;
  int fd = open_or_fail ("sample.txt");

  CHECK (mmap (page_of ((const void *) &local), PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping over the page of a local variable fails");
  CHECK (mmap ((void *) (USER_STACK - PAGE_SIZE), PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping over the top page of the stack fails");
  CHECK (local == 1234, "the local variable keeps its value");
}
