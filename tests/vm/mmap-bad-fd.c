/* Proves that the keyboard and the console cannot be mapped: mmap of
   fd 0 or fd 1 fails and the process goes on. */

#include <stdint.h>
#include <stdio.h>
#include "tests/lib.h"
#include "tests/vm/vm-util.h"

void
test_main (void)
{
  CHECK (mmap (MAP_BASE, PAGE_SIZE, 0, STDIN_FILENO, 0) == NULL,
         "mapping fd 0 fails");
  CHECK (mmap (MAP_BASE, PAGE_SIZE, 1, STDOUT_FILENO, 0) == NULL,
         "mapping fd 1 fails");
}
