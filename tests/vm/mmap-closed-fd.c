/* Proves that a closed descriptor cannot be mapped, and that a
   descriptor never opened cannot either. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  int fd = open_or_fail ("sample.txt");

  close (fd);
  CHECK (mmap (MAP_BASE, PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping a closed descriptor fails");
  CHECK (mmap (MAP_BASE, PAGE_SIZE, 0, fd + 1, 0) == NULL,
         "mapping a descriptor never opened fails");
}
