/* Proves that mapping at address 0 fails without harming the process,
   whatever the length, so a null pointer never becomes valid. */

#include <stdint.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  int fd = open_or_fail ("sample.txt");

  CHECK (mmap (NULL, PAGE_SIZE, 0, fd, 0) == NULL,
         "mapping one page at address 0 fails");
  CHECK (mmap (NULL, 4 * PAGE_SIZE, 1, fd, 0) == NULL,
         "mapping four writable pages at address 0 fails");
  CHECK (!is_resident (NULL), "address 0 has no frame");
}
