/* Proves that open with an empty name fails, even when files exist. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  CHECK (open ("sample.txt") >= 2, "open \"sample.txt\"");
  CHECK (open ("") == -1, "open \"\" returns -1");
}
