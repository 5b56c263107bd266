/* Proves that a mapping of length zero fails without harming the
   process, and leaves no page behind at the address it named. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  int fd = open_or_fail ("sample.txt");

  CHECK (mmap (MAP_BASE, 0, 0, fd, 0) == NULL, "mapping 0 bytes fails");
  CHECK (mmap (MAP_BASE, 0, 1, fd, 0) == NULL,
         "mapping 0 writable bytes fails");
  CHECK (!is_resident (MAP_BASE), "the address has no frame");
}
