/* Proves that create with an empty name fails without ending the
   process. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  CHECK (!create ("", 0), "create \"\" fails");
  CHECK (open ("") == -1, "open \"\" fails too");
}
