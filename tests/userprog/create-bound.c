/* Proves that a name straddling a page boundary (both pages mapped) is
   read whole by create and open. */

#include <syscall.h>
#include "tests/lib.h"

void
test_main (void)
{
  const char *name = copy_across_page ("straddler", 10, 4);

  CHECK (create (name, 33), "create \"straddler\" across a page boundary");
  CHECK (open ("straddler") > 1, "open \"straddler\" by an ordinary name");
  CHECK (open (name) > 1, "open it by the straddling name");
}
